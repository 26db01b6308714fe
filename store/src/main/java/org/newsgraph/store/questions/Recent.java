package org.newsgraph.store.questions;

import java.util.List;
import java.util.Objects;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.stories.StorySummary;

/**
 * The news of the last days of the store: the days ending at its latest publication date.
 *
 * @param from    the first day, ISO
 * @param to      the last day (the latest publication date), ISO
 * @param days    how many days {@code from}..{@code to} spans
 * @param actors  the actors mentioned in the most articles published then; counts over those articles
 * @param stories the stories going on then, most independent sources first
 */
public record Recent(String from, String to, int days, List<ActorSummary> actors, List<StorySummary> stories) {

    public Recent {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        actors = List.copyOf(actors);
        stories = List.copyOf(stories);
    }
}
