package org.newsgraph.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events of stories back as {@link EventFeatures}: a story's latest events (the members a new
 * event is compared with, and from which its label is drawn), its day range, and the stored features of
 * one article version. Neither commits nor rolls back. Stateless.
 */
final class StoryMembers {

    /** The columns of a story event that make its features. */
    private static final String COLUMNS = """
            SELECT event_id, event_type, event_status, trigger_lemma, actor_ids, place_id, event_day, words,
                sentence_text, lead_words, article_id, own_words
            """;

    private StoryMembers() {
    }

    /**
     * The {@code limit} latest events of a story by their day (undated last), then article id and event
     * id: an order of the events themselves, not of their storing, so that the same stored articles
     * compare with the same members whatever order they came in (index V11).
     */
    static List<EventFeatures> latest(Connection connection, long story, int limit) throws SQLException {
        List<EventFeatures> members = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(COLUMNS
                + "FROM story_events WHERE story_id = ? "
                + "ORDER BY event_day DESC NULLS LAST, article_id DESC, event_id DESC FETCH FIRST ? ROWS ONLY")) {
            select.setLong(1, story);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(member(rows));
                }
            }
        }
        return members;
    }

    /** The day range of a story's dated events. */
    static StoryMatch.Days days(Connection connection, long story) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(event_day), MAX(event_day) FROM story_events WHERE story_id = ?")) {
            select.setLong(1, story);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new StoryMatch.Days(rows.getString(1), rows.getString(2)) : new StoryMatch.Days(null, null);
            }
        }
    }

    /** The stored features of the events of {@code versionId} that are in a story, by event id. */
    static Map<String, EventFeatures> ofVersion(Connection connection, long versionId) throws SQLException {
        Map<String, EventFeatures> features = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(COLUMNS
                + "FROM story_events WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    EventFeatures f = member(rows);
                    features.put(f.eventId(), f);
                }
            }
        }
        return features;
    }

    /** A story event row of {@link #COLUMNS} as features. */
    private static EventFeatures member(ResultSet rows) throws SQLException {
        Set<Long> actors = new TreeSet<>();
        for (String id : rows.getString(5).strip().split(" ")) {
            if (!id.isEmpty()) {
                actors.add(Long.parseLong(id));
            }
        }
        long place = rows.getLong(6);
        @Nullable Long placeId = rows.wasNull() ? null : place;
        return new EventFeatures(rows.getString(11), rows.getString(1), rows.getString(2), rows.getString(3),
                rows.getString(4), actors, placeId, rows.getString(7),
                ContentWords.split(rows.getString(8)), ContentWords.split(rows.getString(10)), rows.getString(9),
                ContentWords.split(rows.getString(12)));
    }
}
