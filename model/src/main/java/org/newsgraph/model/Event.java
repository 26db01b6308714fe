package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event the article reports, typed with the PLOVER ontology.
 *
 * @param id          document-local id ("v1", ...)
 * @param type        PLOVER type, e.g. "CONSULT"
 * @param mode        PLOVER mode, e.g. "visit", if one applies
 * @param cameo       nearest CAMEO code, if any
 * @param trigger     the word(s) that express the event
 * @param actors      who takes part
 * @param location    entity id of where it happens, if stated
 * @param time        when it happens, if stated
 * @param status      occurred, planned, alleged...
 * @param attribution id of the attribution that reports it, if any
 */
public record Event(
        String id,
        String type,
        @Nullable String mode,
        @Nullable String cameo,
        Span trigger,
        List<EventActor> actors,
        @Nullable String location,
        @Nullable Timex time,
        EventStatus status,
        @Nullable String attribution) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        actors = List.copyOf(actors);
    }
}
