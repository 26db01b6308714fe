package org.newsgraph.store;

import java.util.Objects;

/**
 * What {@link ArticleStore#store} did with one document.
 *
 * @param key     the stored (or already present) version
 * @param version its version number, 1 for an article's first text
 * @param outcome new article, new version of a stored one, or unchanged
 */
public record Stored(ArticleKey key, int version, Outcome outcome) {

    public Stored {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
    }

    /** What storing a document changed. */
    public enum Outcome {
        /** An article id not seen before: stored as version 1. */
        NEW_ARTICLE,
        /** A stored id with a text not seen before: stored as its latest version. */
        NEW_VERSION,
        /** This id with this text was already stored: nothing written. */
        UNCHANGED
    }
}
