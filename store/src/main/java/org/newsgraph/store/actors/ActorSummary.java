package org.newsgraph.store.actors;

import java.util.Objects;
import org.newsgraph.model.EntityType;

/**
 * A corpus-wide actor with how often the latest versions of the stored articles mention it.
 *
 * @param id       the actor's id
 * @param name     its display name (the name of the entity that created it)
 * @param type     entity type
 * @param articles articles that mention it
 * @param mentions mentions over those articles
 */
public record ActorSummary(long id, String name, EntityType type, long articles, long mentions) {

    public ActorSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
