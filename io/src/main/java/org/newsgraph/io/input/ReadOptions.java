package org.newsgraph.io.input;

import org.jspecify.annotations.Nullable;

/**
 * How inputs are read.
 *
 * @param maxBytes         largest file (or JSON line, or standard input) accepted, in bytes; larger
 *                         ones are refused from their size, without being read
 * @param defaultPublished publication date given to articles that state none; ISO-8601 date or
 *                         date-time, checked with {@link PublishedDate#require}
 */
public record ReadOptions(long maxBytes, @Nullable String defaultPublished) {

    /** 10 MB: far above any news article, far below what would exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 10_000_000L;

    public ReadOptions {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (defaultPublished != null) {
            PublishedDate.require(defaultPublished);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES, null);
    }

    public ReadOptions withMaxBytes(long newMaxBytes) {
        return new ReadOptions(newMaxBytes, defaultPublished);
    }

    public ReadOptions withDefaultPublished(@Nullable String newDefaultPublished) {
        return new ReadOptions(maxBytes, newDefaultPublished);
    }
}
