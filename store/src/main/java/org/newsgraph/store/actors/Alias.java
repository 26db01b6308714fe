package org.newsgraph.store.actors;

import java.util.Objects;

/**
 * A name under which articles mention an actor.
 *
 * @param name     the entity name as an article gives it
 * @param articles articles that use it
 * @param mentions mentions of entities with that name
 */
public record Alias(String name, long articles, long mentions) {

    public Alias {
        Objects.requireNonNull(name, "name");
    }
}
