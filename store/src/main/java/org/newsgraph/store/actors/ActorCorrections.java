package org.newsgraph.store.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.StoreException;

/**
 * An analyst's corrections of the actor linking, inside the caller's transaction: a merge moves
 * an actor's entities and name keys to another actor, a split gives one name key of an actor its
 * own actor. Both rewrite {@code actor_keys} and pin the keys they assign (a merge also the Wikipedia
 * titles of both actors, in {@code actor_links}), so entities stored later
 * follow them (a surname alone too, instead of being resolved), keep {@code actor_surnames} in step,
 * and are recorded in {@code actor_overrides}. Neither commits nor rolls back.
 */
final class ActorCorrections {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorCorrections() {
    }

    /** Merges {@code fromId} into {@code intoId}; returns how many entities moved. */
    static int merge(Connection connection, long intoId, long fromId) throws SQLException {
        ActorSummary into = require(connection, intoId);
        ActorSummary from = require(connection, fromId);
        List<String> keys = keys(connection, fromId);
        // Both actors' keys are pinned, so that a rebuild keeps the merged actor whole.
        update(connection, "UPDATE actor_keys SET actor_id = ?, pinned = TRUE WHERE actor_id IN (?, ?)", intoId,
                intoId, fromId);
        update(connection, """
                DELETE FROM actor_surnames WHERE actor_id = ? AND surname_key IN
                    (SELECT surname_key FROM actor_surnames WHERE actor_id = ?)""", fromId, intoId);
        update(connection, "UPDATE actor_surnames SET actor_id = ? WHERE actor_id = ?", intoId, fromId);
        int moved;
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE entity_actors SET actor_id = ?, method = ? WHERE actor_id = ?")) {
            move.setLong(1, intoId);
            move.setString(2, ActorIndex.ANALYST);
            move.setLong(3, fromId);
            moved = move.executeUpdate();
        }
        ActorLinks.merge(connection, intoId, fromId);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM actors WHERE actor_id = ?")) {
            delete.setLong(1, fromId);
            delete.executeUpdate();
        }
        ObjectNode details = JSON.createObjectNode();
        details.putObject("into").put("id", intoId).put("name", into.name()).put("type", into.type().name());
        details.putObject("from").put("id", fromId).put("name", from.name()).put("type", from.type().name());
        keys.forEach(details.putArray("keys")::add);
        record(connection, "merge", details);
        return moved;
    }

    /**
     * Splits the entities of {@code actorId} with the name key of {@code name} (or, for a person, the
     * key linking gave it: its name without titles, or its surname alone) off into a new actor.
     */
    static ActorSummary split(Connection connection, long actorId, String name) throws SQLException {
        ActorSummary actor = require(connection, actorId);
        List<String> keys = keys(connection, actorId);
        PersonName person = PersonName.parse(name);
        String key = java.util.stream.Stream.of(NameKey.of(name), person.key(), person.surnameKey())
                .filter(keys::contains).findFirst().orElse(NameKey.of(name));
        if (!keys.contains(key)) {
            throw new StoreException("actor " + actorId + " (" + actor.name() + ") has no name with the key '"
                    + key + "'; its keys: " + String.join(", ", keys));
        }
        if (keys.size() == 1) {
            throw new StoreException("'" + key + "' is the only name key of actor " + actorId + " ("
                    + actor.name() + "): nothing to split it from");
        }
        String splitName = mostUsedName(connection, actorId, key).orElse(name.strip());
        long created = ActorLinker.newActor(connection, actor.type(), splitName);
        // Entities stored later under the key go to the new actor, whatever the key pointed to before.
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE actor_keys SET actor_id = ?, pinned = TRUE WHERE actor_type = ? AND name_key = ?")) {
            move.setLong(1, created);
            move.setString(2, actor.type().name());
            move.setString(3, key);
            if (move.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO actor_keys (actor_type, name_key, actor_id, pinned) VALUES (?, ?, ?, TRUE)")) {
                    insert.setString(1, actor.type().name());
                    insert.setString(2, key);
                    insert.setLong(3, created);
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE entity_actors SET actor_id = ?, method = ? WHERE actor_id = ? AND name_key = ?")) {
            move.setLong(1, created);
            move.setString(2, ActorIndex.ANALYST);
            move.setLong(3, actorId);
            move.setString(4, key);
            move.executeUpdate();
        }
        if (actor.type() == EntityType.PERSON) {
            ActorLinker.addSurnames(connection, created, PersonName.parse(splitName));
        }
        // It shows its entities' link, but the title stays the old actor's: the analyst split by name.
        Optional<String> link = mostUsedLink(connection, created);
        if (link.isPresent()) {
            ActorLinks.show(connection, created, link.get());
        }
        if (NameKey.of(actor.name()).equals(key)) {
            // The actor was named by what left it: name it by what remains.
            String remaining = ActorIndex.aliases(connection, actorId).stream().map(Alias::name).findFirst()
                    .orElse(actor.name());
            try (PreparedStatement rename = connection.prepareStatement(
                    "UPDATE actors SET name = ? WHERE actor_id = ?")) {
                rename.setString(1, remaining);
                rename.setLong(2, actorId);
                rename.executeUpdate();
            }
        }
        ObjectNode details = JSON.createObjectNode();
        details.put("actor", actorId).put("key", key).put("newActor", created);
        record(connection, "split", details);
        return ActorIndex.summary(connection, created).orElseThrow();
    }

    private static ActorSummary require(Connection connection, long actorId) throws SQLException {
        return ActorIndex.summary(connection, actorId).orElseThrow(() -> new StoreException("no actor " + actorId));
    }

    private static List<String> keys(Connection connection, long actorId) throws SQLException {
        List<String> keys = new ArrayList<>();
        // A surname linked to a full name is a key of its entities, not of actor_keys.
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT name_key FROM actor_keys WHERE actor_id = ?
                UNION SELECT name_key FROM entity_actors WHERE actor_id = ? AND name_key IS NOT NULL""")) {
            select.setLong(1, actorId);
            select.setLong(2, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        keys.sort(null);
        return keys;
    }

    private static Optional<String> mostUsedLink(Connection connection, long actorId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT e.link_title, COUNT(*)
                FROM entity_actors ea JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
                WHERE ea.actor_id = ? AND e.link_title IS NOT NULL
                GROUP BY e.link_title""")) {
            select.setLong(1, actorId);
            List<Alias> links = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    links.add(new Alias(rows.getString(1), 0, rows.getLong(2)));
                }
            }
            return links.stream().sorted(Comparator.comparingLong(Alias::mentions).reversed()
                    .thenComparing(Alias::name)).map(Alias::name).findFirst();
        }
    }

    private static Optional<String> mostUsedName(Connection connection, long actorId, String key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT e.name, SUM(e.mention_count)
                FROM entity_actors ea JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
                WHERE ea.actor_id = ? AND ea.name_key = ?
                GROUP BY e.name""")) {
            select.setLong(1, actorId);
            select.setString(2, key);
            List<Alias> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(new Alias(rows.getString(1), 0, rows.getLong(2)));
                }
            }
            return names.stream().sorted(Comparator.comparingLong(Alias::mentions).reversed()
                    .thenComparing(Alias::name)).map(Alias::name).findFirst();
        }
    }

    private static void update(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void record(Connection connection, String operation, ObjectNode details) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actor_overrides (operation, details) VALUES (?, ?)")) {
            insert.setString(1, operation);
            insert.setString(2, details.toString());
            insert.executeUpdate();
        }
    }
}
