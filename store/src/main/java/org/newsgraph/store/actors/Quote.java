package org.newsgraph.store.actors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attribution in a stored article: what a source said, wrote or believes.
 *
 * @param speakerId the actor its source entity links to; null when the source is no linked entity
 * @param speaker   that actor's name, else the source's words in the article, else empty
 * @param content   what was said
 * @param cue       the reporting verb or noun, if any
 * @param kind      direct, indirect, mixed... as in the document JSON
 * @param certainty asserted, hedged... as in the document JSON
 * @param articleId the article
 * @param date      its publication date, if known
 */
public record Quote(@Nullable Long speakerId, String speaker, String content, @Nullable String cue, String kind,
        String certainty, String articleId, @Nullable String date) {

    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(articleId, "articleId");
    }
}
