package org.newsgraph.store.actors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Link;

/**
 * A corpus-wide actor with how often the latest versions of the stored articles mention it.
 *
 * @param id       the actor's id
 * @param name     its display name (the name of the entity that created it)
 * @param type     entity type
 * @param articles articles that mention it
 * @param mentions mentions over those articles
 * @param link     its English Wikipedia page title ({@code Kim_Jong_Un}), or null if its entities are not linked
 */
public record ActorSummary(long id, String name, EntityType type, long articles, long mentions,
        @Nullable String link) {

    public ActorSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** An actor without a Wikipedia link. */
    public ActorSummary(long id, String name, EntityType type, long articles, long mentions) {
        this(id, name, type, articles, mentions, null);
    }

    /** The address of its Wikipedia page ({@code https://en.wikipedia.org/wiki/Kim_Jong_Un}), or null. */
    @JsonProperty("url")
    public @Nullable String url() {
        return link == null ? null : new Link(link, 1).url();
    }
}
