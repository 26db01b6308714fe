package org.newsgraph.store.claims;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which conflicts a question wants; a null field does not filter.
 *
 * @param storyId only conflicts within this story
 * @param actorId only conflicts where this actor is a side's source, or that lie in a story with an
 *                event whose source or target is this actor
 * @param kind    quantity or denial (any case)
 * @param limit   at most this many, positive
 */
public record ConflictFilter(@Nullable Long storyId, @Nullable Long actorId, @Nullable String kind, int limit) {

    /** The kinds of conflict. */
    public static final Set<String> KINDS = Set.of("quantity", "denial");

    public ConflictFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        kind = kind == null ? null : kind.toLowerCase(Locale.ROOT);
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("a conflict kind is quantity or denial: " + kind);
        }
    }
}
