package org.newsgraph.eval.polnear;

import java.util.List;

/**
 * A gold annotation span, possibly discontinuous: fragments of {@code [start, end)} offsets.
 *
 * @param fragments the fragments in text order, each {start, end}
 */
public record GoldSpan(List<int[]> fragments) {

    public GoldSpan {
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a gold span needs a fragment");
        }
    }

    public int start() {
        return fragments.get(0)[0];
    }

    public int end() {
        return fragments.get(fragments.size() - 1)[1];
    }

    /** True if {@code [start, end)} shares a character with any fragment. */
    public boolean overlaps(int start, int end) {
        for (int[] f : fragments) {
            if (start < f[1] && f[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code [start, end)} is exactly one fragment or the whole span (first start to last end). */
    public boolean matchesExactly(int start, int end) {
        if (start == start() && end == end()) {
            return true;
        }
        for (int[] f : fragments) {
            if (f[0] == start && f[1] == end) {
                return true;
            }
        }
        return false;
    }
}
