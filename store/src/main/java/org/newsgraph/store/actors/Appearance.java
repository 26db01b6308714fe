package org.newsgraph.store.actors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article that mentions an actor: a point of its timeline.
 *
 * @param articleId the article
 * @param title     its title, if known
 * @param date      its publication date, if known
 * @param mentions  how often it mentions the actor
 */
public record Appearance(String articleId, @Nullable String title, @Nullable String date, long mentions) {

    public Appearance {
        Objects.requireNonNull(articleId, "articleId");
    }
}
