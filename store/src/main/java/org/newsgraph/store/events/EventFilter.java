package org.newsgraph.store.events;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.PartialDate;

/**
 * Which stored events a question wants; a null field does not filter.
 *
 * @param type    the PLOVER type, e.g. CONSULT (any case)
 * @param actorId only events with an actor (source or target) linked to this corpus-wide actor
 * @param from    only events dated on or after this ISO date prefix, e.g. 2023-09-01
 * @param to      only events dated on or before it (a date matches "2023-09" if it starts with it)
 * @param status  occurred, planned, alleged... (any case)
 * @param limit   at most this many, positive
 */
public record EventFilter(@Nullable String type, @Nullable Long actorId, @Nullable String from, @Nullable String to,
        @Nullable String status, int limit) {

    public EventFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
        status = status == null ? null : status.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code date} (an ISO date or a prefix of one) lies in the range; an undated event only without one. */
    public boolean inRange(@Nullable String date) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return PartialDate.overlaps(from, to, date, date);
    }
}
