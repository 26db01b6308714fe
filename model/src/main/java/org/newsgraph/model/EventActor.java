package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor of an event.
 *
 * @param role        source, target or other
 * @param entity      id of the entity, if resolved
 * @param span        the words that name the actor
 * @param affiliation id of the state or organisation the actor acts for, when the text says so (a
 *                    person's role "of" an entity: "Foreign Minister of North Korea", "Russian President")
 * @param country     ISO 3166-1 alpha-3 code of the state the actor is, or acts for, if known ("PRK")
 */
public record EventActor(ActorRole role, @Nullable String entity, Span span, @Nullable String affiliation,
        @Nullable String country) {

    public EventActor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }

    /** An actor with no affiliation or country known. */
    public EventActor(ActorRole role, @Nullable String entity, Span span) {
        this(role, entity, span, null, null);
    }
}
