package org.newsgraph.store.questions;

import java.util.List;

/**
 * One page of a longer answer.
 *
 * @param total  how many items the whole answer has
 * @param limit  the most items a page holds
 * @param offset how many items come before this page
 * @param items  this page's items
 * @param <T>    the item type
 */
public record Paged<T>(long total, int limit, int offset, List<T> items) {

    public Paged {
        if (limit < 1 || offset < 0 || total < 0) {
            throw new IllegalArgumentException("limit must be positive, offset and total not negative: "
                    + limit + ", " + offset + ", " + total);
        }
        items = List.copyOf(items);
    }

    /** The page of {@code all} that starts at {@code offset}. */
    public static <T> Paged<T> of(List<T> all, int limit, int offset) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Paged<>(all.size(), limit, offset, all.subList(from, to));
    }
}
