package org.newsgraph.store.stories;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story as lists show it.
 *
 * @param id                 the story id
 * @param type               the PLOVER type of its events
 * @param label              its most central event's sentence with its main actors, place and days ({@code StoryLabel})
 * @param firstDay           the day of its earliest dated event, if any
 * @param lastDay            the day of its latest dated event, if any
 * @param events             its events
 * @param articles           the articles that report it
 * @param independentSources its articles after collapsing near-duplicates and articles of one outlet
 * @param outlets            the distinct known outlets among its articles
 */
public record StorySummary(long id, String type, String label, @Nullable String firstDay, @Nullable String lastDay,
        int events, int articles, int independentSources, int outlets) {

    public StorySummary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }
}
