package org.newsgraph.store.stories;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.PartialDate;

/**
 * Which stories a question wants, and which page of them; a null field does not filter.
 *
 * @param type    the PLOVER type, e.g. ASSAULT (any case)
 * @param actorId only stories with an event whose source, target or place is linked to this actor
 * @param since   only stories whose last day is on or after this ISO date prefix (2023, 2023-09, 2023-09-12)
 * @param until   only stories whose first day is on or before it
 * @param limit   at most this many, positive
 * @param offset  skip this many first, not negative
 */
public record StoryFilter(@Nullable String type, @Nullable Long actorId, @Nullable String since,
        @Nullable String until, int limit, int offset) {

    public StoryFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    /** The first {@code limit} stories, unfiltered. */
    public static StoryFilter top(int limit) {
        return new StoryFilter(null, null, null, null, limit, 0);
    }

    /** Whether a story spanning these days overlaps the range; an undated story only without a range. */
    public boolean overlaps(@Nullable String firstDay, @Nullable String lastDay) {
        if (since == null && until == null) {
            return true;
        }
        if (firstDay == null || lastDay == null) {
            return false;
        }
        return PartialDate.overlaps(since, until, firstDay, lastDay);
    }
}
