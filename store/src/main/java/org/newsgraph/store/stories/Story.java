package org.newsgraph.store.stories;

import java.util.List;
import java.util.Objects;
import org.newsgraph.store.claims.Conflict;

/**
 * One story in full.
 *
 * @param summary   its counts
 * @param events    its events, by article publication date then article and position
 * @param articles  its articles, oldest first; near-duplicates name the article they copy
 * @param conflicts the conflicts between its articles
 */
public record Story(StorySummary summary, List<StoryEvent> events, List<StoryArticle> articles,
        List<Conflict> conflicts) {

    public Story {
        Objects.requireNonNull(summary, "summary");
        events = List.copyOf(events);
        articles = List.copyOf(articles);
        conflicts = List.copyOf(conflicts);
    }
}
