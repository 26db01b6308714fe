package org.newsgraph.store.events;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event of a stored article (its latest version).
 *
 * @param articleId the article
 * @param eventId   the event's id in that article's document, e.g. v1
 * @param date      the event's date if its time is a calendar date, else the article's publication date
 * @param type      PLOVER type
 * @param mode      its mode, if any
 * @param status    occurred, planned, alleged... (lower case)
 * @param trigger   the words that express it
 * @param sources   the source actors: entity names, else the words of the text
 * @param targets   the target actors, likewise
 * @param location  the place's entity name, if any
 */
public record StoredEvent(String articleId, String eventId, @Nullable String date, String type, @Nullable String mode,
        String status, String trigger, List<String> sources, List<String> targets, @Nullable String location) {

    public StoredEvent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
