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
 * and {@code /stories/ID}), {@code null} when the store linked none. Stateless.
 */
final class CorpusIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusIds() {
    }

    /** The document of an article version with its actor and story ids, on one line. */
    static String annotate(Connection connection, long versionId, String document) throws SQLException {
        Map<String, Long> actors = ids(connection,
                "SELECT entity_id, actor_id FROM entity_actors WHERE version_id = ?", versionId);
        Map<String, Long> stories = ids(connection,
                "SELECT event_id, story_id FROM story_events WHERE version_id = ?", versionId);
        ObjectNode json;
        try {
            json = (ObjectNode) JSON.readTree(document);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("a stored document is no JSON object: " + e.getMessage(), e);
        }
        put(json.path("entities"), "actor", actors);
        put(json.path("events"), "story", stories);
        return json.toString();
    }

    private static void put(JsonNode items, String field, Map<String, Long> ids) {
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object) {
                Long id = ids.get(item.path("id").asText());
                if (id == null) {
                    object.putNull(field);
                } else {
                    object.put(field, Long.toString(id));
                }
            }
        }
    }

    private static Map<String, Long> ids(Connection connection, String sql, long versionId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }
}
