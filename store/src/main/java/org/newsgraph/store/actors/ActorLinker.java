package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Links the entities of one stored article version to corpus-wide actors, inside the caller's
 * transaction: an entity goes to the actor that its type and {@link NameKey} point to in
 * {@code actor_keys} (one primary-key lookup, however many actors are stored), or to a new actor
 * that the key then points to. Analysts' merges and splits rewrite {@code actor_keys}, so later
 * entities follow them. Entities of other types (events, weapons...) and names without letters
 * or digits are not linked.
 */
public final class ActorLinker {

    /** The entity types that are actors. */
    public static final Set<EntityType> ACTOR_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GPE, EntityType.LOCATION, EntityType.FACILITY);

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
        return linkNamed(connection, versionId,
                entities.stream().map(e -> new Named(e.id(), e.type(), e.name())).toList());
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
                SELECT e.version_id, e.entity_id, e.entity_type, e.name FROM entities e
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
                            .add(new Named(rows.getString(2), type, rows.getString(4)));
                }
            }
        }
        int linked = 0;
        for (Map.Entry<Long, List<Named>> version : byVersion.entrySet()) {
            linked += linkNamed(connection, version.getKey(), version.getValue());
        }
        return linked;
    }

    /** What linking needs of an entity. */
    private record Named(String id, EntityType type, String name) {
    }

    private static int linkNamed(Connection connection, long versionId, List<Named> entities) throws SQLException {
        // Two entities of one article can share a key (the entity layer left them apart): one actor.
        Map<String, Long> seen = new HashMap<>();
        int linked = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entity_actors (version_id, entity_id, actor_id, method, name_key) VALUES (?, ?, ?, ?, ?)")) {
            for (Named entity : entities) {
                String key = NameKey.of(entity.name());
                if (!ACTOR_TYPES.contains(entity.type()) || key.isEmpty()) {
                    continue;
                }
                String block = entity.type().name() + '\t' + key;
                Long actor = seen.get(block);
                if (actor == null) {
                    actor = actorFor(connection, entity.type(), key, entity.name());
                    seen.put(block, actor);
                }
                insert.setLong(1, versionId);
                insert.setString(2, entity.id());
                insert.setLong(3, actor);
                insert.setString(4, RESOLVER);
                insert.setString(5, key);
                insert.addBatch();
                linked++;
            }
            insert.executeBatch();
        }
        return linked;
    }

    private static long actorFor(Connection connection, EntityType type, String key, String name)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id FROM actor_keys WHERE actor_type = ? AND name_key = ?")) {
            select.setString(1, type.name());
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
        }
        long actor = newActor(connection, type, name);
        // A concurrent writer inserting the same key fails here with a unique violation; the store
        // then retries the whole article, and finds its actor.
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actor_keys (actor_type, name_key, actor_id) VALUES (?, ?, ?)")) {
            insert.setString(1, type.name());
            insert.setString(2, key);
            insert.setLong(3, actor);
            insert.executeUpdate();
        }
        return actor;
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
