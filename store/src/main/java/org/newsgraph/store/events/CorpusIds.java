package org.newsgraph.store.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.store.StoreException;

/**
 * Puts the corpus-wide ids the store assigned into a stored {@code newsgraph/document@1} JSON:
 * {@code entities[].actor} (the actor an entity is linked to) and {@code events[].story} (the story
 * an event belongs to), both as the decimal text of the store's ids (the ids of {@code /actors/ID}
 * and {@code /stories/ID}), {@code null} when the store linked none; and {@code entities[].actor_link},
 * the Wikipedia page title the entity's actor shows (only where it has one: an unlinked entity's actor
 * may have a page from another entity, and an analyst's merge may give it another). Stateless.
 */
final class CorpusIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusIds() {
    }

    /** The document of an article version with its actor and story ids, on one line. */
    static String annotate(Connection connection, long versionId, String document) throws SQLException {
        Map<String, String> actors = texts(connection,
                "SELECT entity_id, actor_id FROM entity_actors WHERE version_id = ?", versionId);
        Map<String, String> stories = texts(connection,
                "SELECT event_id, story_id FROM story_events WHERE version_id = ?", versionId);
        Map<String, String> links = texts(connection, "SELECT l.entity_id, a.link FROM entity_actors l "
                + "JOIN actors a ON a.actor_id = l.actor_id WHERE l.version_id = ? AND a.link IS NOT NULL", versionId);
        ObjectNode json;
        try {
            json = (ObjectNode) JSON.readTree(document);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("a stored document is no JSON object: " + e.getMessage(), e);
        }
        put(json.path("entities"), "actor", actors, true);
        put(json.path("entities"), "actor_link", links, false);
        put(json.path("events"), "story", stories, true);
        return json.toString();
    }

    /** Sets {@code field} of each item to its value by item id; where it has none, null or (not {@code nulls}) absent. */
    private static void put(JsonNode items, String field, Map<String, String> values, boolean nulls) {
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object) {
                String value = values.get(item.path("id").asText());
                if (value != null) {
                    object.put(field, value);
                } else if (nulls) {
                    object.putNull(field);
                }
            }
        }
    }

    /** The query's first column mapped to its second, both as text (ids as their decimal text). */
    private static Map<String, String> texts(Connection connection, String sql, long versionId) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return values;
    }
}
