package org.newsgraph.store;

import java.util.Objects;

/**
 * One stored version of an article.
 *
 * @param key      article id and text hash
 * @param version  1 for the article's first text, then 2, 3...
 * @param latest   whether it is the article's most recently stored text
 * @param document the {@code newsgraph/document@1} JSON of its analysis
 */
public record StoredVersion(ArticleKey key, int version, boolean latest, String document) {

    public StoredVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(document, "document");
    }
}
