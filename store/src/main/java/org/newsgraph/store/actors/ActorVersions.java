package org.newsgraph.store.actors;

/**
 * The SQL condition that narrows a question about one actor to the article versions that mention
 * it, through the index {@code entity_actors_recent} ({@code actor_id, version_id}): a filter on an
 * actor then reads that actor's articles only, where a correlated {@code EXISTS} alone is tried on
 * every row of the table (every stored event, attribution or story). Stateless.
 */
public final class ActorVersions {

    private ActorVersions() {
    }

    /**
     * {@code column IN (the versions linked to an actor)}, with one parameter, the actor id.
     *
     * @param column a version id column of the caller's query, e.g. {@code e.version_id}; never input
     */
    public static String containing(String column) {
        return column + " IN (SELECT avx.version_id FROM entity_actors avx WHERE avx.actor_id = ?)";
    }
}
