package org.newsgraph.pipeline.attribution;

/**
 * A range of token indices, {@code [first, end)}.
 *
 * @param first the first token
 * @param end   the token after the last one
 */
record TokenRange(int first, int end) {

    boolean isEmpty() {
        return end <= first;
    }

    int size() {
        return end - first;
    }

    TokenRange withFirst(int newFirst) {
        return new TokenRange(newFirst, end);
    }

    TokenRange withEnd(int newEnd) {
        return new TokenRange(first, newEnd);
    }
}
