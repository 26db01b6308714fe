package org.newsgraph.store.rebuild;

/**
 * What a rebuild did, and what the store holds after it.
 *
 * @param rebuilt   false when the store was already rebuilt from these very versions and nothing was done
 * @param versions  article versions linked again
 * @param skipped   versions whose stored document could not be read (left without links)
 * @param actors    actors in the store
 * @param links     entities linked to actors
 * @param stories   stories
 * @param copies    latest versions that are a near-duplicate of another article
 * @param claims    claims
 * @param conflicts conflicts
 */
public record Rebuilt(boolean rebuilt, int versions, int skipped, long actors, long links, long stories,
        long copies, long claims, long conflicts) {
}
