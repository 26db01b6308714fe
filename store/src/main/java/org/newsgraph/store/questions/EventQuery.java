package org.newsgraph.store.questions;

import org.jspecify.annotations.Nullable;
import org.newsgraph.model.PartialDate;

/**
 * The filters of the events question, as the {@code events} command takes them; null does not filter.
 *
 * @param type   PLOVER type, any case
 * @param actor  an actor's name (spelling variants and surnames match) or id
 * @param from   ISO date, month or year: events on or after it
 * @param to     ISO date, month or year: events on or before it
 * @param status occurred, planned, alleged... any case
 * @param limit  at most this many, positive
 */
public record EventQuery(@Nullable String type, @Nullable String actor, @Nullable String from, @Nullable String to,
        @Nullable String status, int limit) {

    /** A year, a month or a day in ISO form. */
    public EventQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        PartialDate.requireIfGiven("from", from);
        PartialDate.requireIfGiven("to", to);
    }
}
