package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article as it comes in: its body text and what is known about it.
 *
 * @param id        stable identifier (caller's id, file name, or content hash)
 * @param text      the body every offset refers to
 * @param title     headline, if known
 * @param published ISO-8601 date or date-time of publication, if known
 * @param url       where it was published, if known
 * @param source    publisher, e.g. "Reuters", if known
 */
public record Article(
        String id,
        String text,
        @Nullable String title,
        @Nullable String published,
        @Nullable String url,
        @Nullable String source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null);
    }

    public Article withPublished(@Nullable String published) {
        return new Article(id, text, title, published, url, source);
    }
}
