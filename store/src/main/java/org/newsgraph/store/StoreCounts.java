package org.newsgraph.store;

/**
 * How many rows of each kind a store holds, over all versions.
 *
 * @param articles     distinct article ids
 * @param versions     stored article versions
 * @param entities     entities, over all versions
 * @param mentions     entity mentions
 * @param roles        entity roles
 * @param attributions attributions
 * @param events       events
 * @param eventActors  actors of events
 */
public record StoreCounts(long articles, long versions, long entities, long mentions, long roles,
        long attributions, long events, long eventActors) {
}
