package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor of an event.
 *
 * @param role   source, target or other
 * @param entity id of the entity, if resolved
 * @param span   the words that name the actor
 */
public record EventActor(ActorRole role, @Nullable String entity, Span span) {

    public EventActor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
