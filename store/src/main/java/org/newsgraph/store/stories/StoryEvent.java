package org.newsgraph.store.stories;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event of a story.
 *
 * @param articleId the article that reports it
 * @param eventId   its id in that article's document, e.g. v2
 * @param type      PLOVER type
 * @param status    occurred, denied... (lower case)
 * @param trigger   the words that express it
 * @param start     where the trigger starts in the article text
 * @param end       where it ends
 * @param day       its day, if known
 * @param sentence  its sentence
 */
public record StoryEvent(String articleId, String eventId, String type, String status, String trigger, int start,
        int end, @Nullable String day, String sentence) {

    public StoryEvent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(sentence, "sentence");
    }
}
