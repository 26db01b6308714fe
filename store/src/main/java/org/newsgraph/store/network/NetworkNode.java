package org.newsgraph.store.network;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A corpus-wide actor in the network.
 *
 * @param actorId      the actor's id in the store
 * @param name         its name
 * @param type         PERSON, ORGANIZATION, GPE...
 * @param country      the ISO 3166-1 alpha-3 code its events give it most often, if any
 * @param link         the address of its English Wikipedia page, if its entities are linked
 * @param articleCount how many stored articles (latest versions) mention it
 */
public record NetworkNode(long actorId, String name, String type, @Nullable String country, @Nullable String link,
        int articleCount) {

    public NetworkNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
