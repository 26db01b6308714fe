package org.newsgraph.store.claims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Two articles that disagree.
 *
 * @param id      the conflict id
 * @param kind    quantity (different numbers for the same thing) or denial (one denies what the other asserts)
 * @param storyId the story both are about, if known
 * @param detail  what differs, e.g. "people (kill): 12 vs 15"
 * @param first   the side stored first
 * @param second  the side stored later
 */
public record Conflict(long id, String kind, @Nullable Long storyId, String detail, Side first, Side second) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /**
     * One side of a conflict.
     *
     * @param articleId the article
     * @param text      the sentence or claim that says it
     * @param source    who the article attributes it to, if anyone
     */
    public record Side(String articleId, String text, @Nullable String source) {
        public Side {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(text, "text");
        }
    }
}
