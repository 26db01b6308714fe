package org.newsgraph.store.actors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A title an article gives an actor, as of the article's date: together they are its role history.
 *
 * @param title     e.g. "foreign minister"
 * @param of        the name of what the title is of (e.g. "North Korea"), if the article says
 * @param date      the article's publication date, if known
 * @param articleId the article
 * @param evidence  the words that state it
 */
public record RoleStatement(String title, @Nullable String of, @Nullable String date, String articleId,
        String evidence) {

    public RoleStatement {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(evidence, "evidence");
    }
}
