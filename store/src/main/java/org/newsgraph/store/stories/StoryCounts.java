package org.newsgraph.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recomputes a story's counts from its rows: events, articles, outlets, first and last day, and
 * independent sources. Stateless.
 */
public final class StoryCounts {

    private StoryCounts() {
    }

    /** An article of a story as counting needs it. */
    public record Carrier(String articleId, @Nullable String outlet, @Nullable String copyOf) {
        public Carrier {
            Objects.requireNonNull(articleId, "articleId");
        }
    }

    /**
     * The number of independent sources among a story's articles: each near-duplicate counts as the
     * article it copies, and the articles of one known outlet count once (an article whose outlet is
     * unknown counts on its own).
     */
    public static int independent(List<Carrier> articles) {
        Map<String, @Nullable String> outletOf = new HashMap<>();
        articles.forEach(a -> outletOf.put(a.articleId(), a.outlet()));
        Set<String> sources = new HashSet<>();
        for (Carrier a : articles) {
            String origin = a.copyOf() != null ? a.copyOf() : a.articleId();
            @Nullable String outlet = outletOf.get(origin);
            sources.add(outlet != null ? "outlet\t" + outlet : "article\t" + origin);
        }
        return sources.size();
    }

    /** Recounts the story and writes its counts, day range and label ({@link StoryLabel}). Neither commits nor rolls back. */
    static void recount(Connection connection, long story) throws SQLException {
        List<Carrier> articles = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id, outlet, copy_of FROM story_articles WHERE story_id = ?")) {
            select.setLong(1, story);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(new Carrier(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        int events;
        @Nullable String first;
        @Nullable String last;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*), MIN(event_day), MAX(event_day) FROM story_events WHERE story_id = ?")) {
            select.setLong(1, story);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                events = rows.getInt(1);
                first = rows.getString(2);
                last = rows.getString(3);
            }
        }
        long outlets = articles.stream().map(Carrier::outlet).filter(Objects::nonNull).distinct().count();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE stories SET event_count = ?, article_count = ?, independent_count = ?, outlet_count = ?,
                    first_day = ?, last_day = ?
                WHERE story_id = ?""")) {
            update.setInt(1, events);
            update.setInt(2, articles.size());
            update.setInt(3, independent(articles));
            update.setInt(4, (int) outlets);
            StoryLinker.setNullable(update, 5, first);
            StoryLinker.setNullable(update, 6, last);
            update.setLong(7, story);
            update.executeUpdate();
        }
        StoryLabel.relabel(connection, story, first, last);
    }
}
