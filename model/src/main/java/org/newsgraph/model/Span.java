package org.newsgraph.model;

import java.util.Objects;

/**
 * A stretch of the article text: {@code [start, end)} in UTF-16 code units, and the text it covers.
 *
 * @param start first code unit, inclusive
 * @param end   last code unit, exclusive
 * @param text  exactly {@code documentText.substring(start, end)}
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException(
                    "span text length " + text.length() + " does not match [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code documentText} from {@code start} to {@code end}. */
    public static Span of(String documentText, int start, int end) {
        if (end > documentText.length()) {
            throw new IllegalArgumentException("span end " + end + " past text length " + documentText.length());
        }
        return new Span(start, end, documentText.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
