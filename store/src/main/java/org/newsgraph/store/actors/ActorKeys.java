package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.EntityType;

/**
 * The name keys of actors in {@code actor_keys}, inside the caller's transaction: which actor a
 * type and {@link NameKey} point to, read by primary key, and which an analyst's correction pinned.
 * Neither commits nor rolls back.
 */
final class ActorKeys {

    private ActorKeys() {
    }

    /** The actor an analyst's merge or split pinned the name key to, if any. */
    static Optional<Long> pinned(Connection connection, EntityType type, String key) throws SQLException {
        return one(connection, "SELECT actor_id FROM actor_keys WHERE actor_type = ? AND name_key = ? AND pinned = TRUE",
                type, key);
    }

    /** The actor the name key points to, if any. */
    static Optional<Long> keyed(Connection connection, EntityType type, String key) throws SQLException {
        return one(connection, "SELECT actor_id FROM actor_keys WHERE actor_type = ? AND name_key = ?", type, key);
    }

    /** Every name key that points to the actor. */
    static List<String> of(Connection connection, long actorId) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name_key FROM actor_keys WHERE actor_id = ?")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** Points the name key to the actor. */
    static void add(Connection connection, EntityType type, String key, long actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actor_keys (actor_type, name_key, actor_id) VALUES (?, ?, ?)")) {
            insert.setString(1, type.name());
            insert.setString(2, key);
            insert.setLong(3, actor);
            insert.executeUpdate();
        }
    }

    private static Optional<Long> one(Connection connection, String sql, EntityType type, String key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, type.name());
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }
}
