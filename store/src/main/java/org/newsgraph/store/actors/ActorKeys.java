package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import org.newsgraph.model.EntityType;

/**
 * The name keys of actors in {@code actor_keys}, inside the caller's transaction: which actor a
 * type and {@link NameKey} point to, read by primary key. Neither commits nor rolls back.
 */
final class ActorKeys {

    private ActorKeys() {
    }

    /** The actor an analyst's merge or split pinned the name key to, if any. */
    static OptionalLong pinned(Connection connection, EntityType type, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id FROM actor_keys WHERE actor_type = ? AND name_key = ? AND pinned = TRUE")) {
            select.setString(1, type.name());
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The actor the name key points to, or -1. */
    static long keyed(Connection connection, EntityType type, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id FROM actor_keys WHERE actor_type = ? AND name_key = ?")) {
            select.setString(1, type.name());
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /**
     * "Donald J. Trump" when only "Donald Trump" is stored: the actor of the name without its middle
     * initials, unless that actor already goes by other initials ("George W. Bush" is stored under
     * "George Bush", so "George H.W. Bush" is not). Returns -1 when there is no such actor.
     */
    static long withoutMiddleInitials(Connection connection, EntityType type, PersonName person)
            throws SQLException {
        List<String> words = List.of(person.bare().split("\\s+"));
        if (words.size() < 3) {
            return -1;
        }
        List<String> middle = words.subList(1, words.size() - 1);
        if (!middle.stream().allMatch(w -> w.matches("(\\p{Lu}\\.?)+"))) {
            return -1;
        }
        String first = NameKey.of(words.get(0));
        String last = NameKey.of(words.get(words.size() - 1));
        long actor = -1;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id FROM actor_keys WHERE actor_type = ? AND name_key = ?")) {
            select.setString(1, type.name());
            select.setString(2, first + last);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    actor = rows.getLong(1);
                }
            }
        }
        if (actor < 0) {
            return -1;
        }
        try (PreparedStatement keys = connection.prepareStatement("SELECT name_key FROM actor_keys WHERE actor_id = ?")) {
            keys.setLong(1, actor);
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    String other = rows.getString(1);
                    if (!other.equals(first + last) && other.startsWith(first) && other.endsWith(last)
                            && other.length() > first.length() + last.length()) {
                        return -1; // the same first and last name with other initials: maybe another person
                    }
                }
            }
        }
        return actor;
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
}
