package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.actors.ActorLinking.Named;

/**
 * Links the entities of one stored article version to corpus-wide actors, inside the caller's
 * transaction: an entity goes to the actor that its type and {@link NameKey} point to in
 * {@code actor_keys} (one primary-key lookup, however many actors are stored), or to a new actor
 * that the key then points to. A person's name is keyed without the titles written before it
 * ("President Donald Trump" is Donald Trump), and a person the article names by surname alone ("Trump",
 * "Mr. Lee") is linked by {@code SurnameResolver} to a stored person with that surname when the
 * evidence is unambiguous, or else gets a surname-alone actor. Every new person actor is listed under
 * its surname keys in {@code actor_surnames}. Analysts' merges and splits rewrite {@code actor_keys},
 * so later entities follow them. Entities of other types (events, weapons...) and names without
 * letters or digits are not linked. The decisions are {@link ActorLinking}'s, on the store's tables.
 *
 * <p>An entity linked to Wikipedia goes by its page title in {@code actor_links} first, so entities
 * with different links are never one actor unless an analyst merges them ({@link ActorLinking}).
 */
public final class ActorLinker {

    /** The entity types that are actors. */
    public static final Set<EntityType> ACTOR_TYPES = ActorLinking.ACTOR_TYPES;

    /** The {@code entity_actors.method} of an automatic link. */
    public static final String RESOLVER = "resolver";

    private ActorLinker() {
    }

    /**
     * Links {@code entities}, just stored under {@code versionId}, to actors. Neither commits nor
     * rolls back.
     *
     * @return how many entities were linked
     */
    public static int link(Connection connection, long versionId, List<Entity> entities) throws SQLException {
        return linkNamed(connection, versionId, entities.stream()
                .map(Named::of).toList());
    }

    /**
     * Links the stored entities that have no actor yet (those of articles stored before actor
     * linking existed), article version by version. Neither commits nor rolls back.
     *
     * @return how many entities were linked
     */
    public static int linkUnlinked(Connection connection) throws SQLException {
        Map<Long, List<Named>> byVersion = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT e.version_id, e.entity_id, e.entity_type, e.name, e.link_title FROM entities e
                WHERE NOT EXISTS (SELECT 1 FROM entity_actors ea
                    WHERE ea.version_id = e.version_id AND ea.entity_id = e.entity_id)
                AND e.entity_type IN ('PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY')""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EntityType type;
                try {
                    type = EntityType.valueOf(rows.getString(3));
                } catch (IllegalArgumentException unknown) {
                    continue;
                }
                if (ACTOR_TYPES.contains(type)) {
                    byVersion.computeIfAbsent(rows.getLong(1), v -> new ArrayList<>())
                            .add(new Named(rows.getString(2), type, rows.getString(4), List.of(), rows.getString(5)));
                }
            }
        }
        int linked = 0;
        for (Map.Entry<Long, List<Named>> version : byVersion.entrySet()) {
            Map<String, List<String>> titles = storedTitles(connection, version.getKey());
            linked += linkNamed(connection, version.getKey(), version.getValue().stream()
                    .map(n -> new Named(n.id(), n.type(), n.name(), titles.getOrDefault(n.id(), List.of()), n.link()))
                    .toList());
        }
        return linked;
    }

    /**
     * Lists the person actors that have no surname key yet (those created before surname linking
     * existed) under their surname keys. Neither commits nor rolls back.
     *
     * @return how many actors were listed
     */
    public static int indexSurnames(Connection connection) throws SQLException {
        Map<Long, String> names = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT a.actor_id, a.name FROM actors a WHERE a.actor_type = 'PERSON'
                AND NOT EXISTS (SELECT 1 FROM actor_surnames s WHERE s.actor_id = a.actor_id)""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        int listed = 0;
        for (Map.Entry<Long, String> actor : names.entrySet()) {
            listed += addSurnames(connection, actor.getKey(), PersonName.parse(actor.getValue())) > 0 ? 1 : 0;
        }
        return listed;
    }

    /**
     * Removes every link of an entity to an actor and every actor, except the actors an analyst's
     * merge or split pinned a name key or a merge a Wikipedia title to, which keep those keys and
     * titles and their surname keys (so that linking again follows the corrections); a kept actor
     * keeps the link it shows only if it is one of its pinned titles. Neither commits nor rolls back.
     *
     * @return how many actors were kept
     */
    public static int unlinkAll(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>(List.of("DELETE FROM entity_actors",
                "DELETE FROM actor_keys WHERE pinned = FALSE"));
        statements.addAll(ActorLinks.unlinkStatements());
        String kept = "actor_id NOT IN (SELECT actor_id FROM actor_keys) AND actor_id NOT IN (SELECT actor_id FROM actor_links)";
        statements.add("DELETE FROM actor_surnames WHERE " + kept);
        statements.add("DELETE FROM actors WHERE " + kept);
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.executeUpdate();
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM actors");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int linkNamed(Connection connection, long versionId, List<Named> entities) throws SQLException {
        Map<String, ActorLinking.Link> links = ActorLinking.link(versionId, entities, new JdbcActorDirectory(connection));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entity_actors (version_id, entity_id, actor_id, method, name_key) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, ActorLinking.Link> link : links.entrySet()) {
                insert.setLong(1, versionId);
                insert.setString(2, link.getKey());
                insert.setLong(3, link.getValue().actorId());
                insert.setString(4, RESOLVER);
                insert.setString(5, link.getValue().key());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return links.size();
    }

    /** Lists a new actor, or one not listed yet, under the surname keys of {@code name}; returns how many. */
    static int addSurnames(Connection connection, long actorId, PersonName name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actor_surnames (surname_key, actor_id, name_part) VALUES (?, ?, ?)")) {
            for (PersonName.Surname surname : name.surnames()) {
                insert.setString(1, surname.key());
                insert.setLong(2, actorId);
                insert.setString(3, surname.part().column());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return name.surnames().size();
    }

    /** The titles of the stored roles of one version's entities, in lower case, by entity id. */
    private static Map<String, List<String>> storedTitles(Connection connection, long versionId) throws SQLException {
        Map<String, List<String>> titles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entity_id, title FROM roles WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    titles.computeIfAbsent(rows.getString(1), e -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return titles;
    }

    /** Inserts an actor row and returns its id. */
    static long newActor(Connection connection, EntityType type, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actors (actor_type, name) VALUES (?, ?)", new String[] {"actor_id"})) {
            insert.setString(1, type.name());
            insert.setString(2, name);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no actor_id for the new actor");
                }
                return keys.getLong(1);
            }
        }
    }
}
