package org.newsgraph.store.stories;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article that reports a story.
 *
 * @param articleId the article
 * @param title     its title, if known
 * @param published its publication date, if known
 * @param outlet    its publisher, else its URL's host, if known
 * @param copyOf    the earlier article it is a near-duplicate of (a wire copy), if any: then it is
 *                  no independent source
 */
public record StoryArticle(String articleId, @Nullable String title, @Nullable String published,
        @Nullable String outlet, @Nullable String copyOf) {

    public StoryArticle {
        Objects.requireNonNull(articleId, "articleId");
    }
}
