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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.StoreException;

/**
 * The questions asked of the corpus-wide actors, and the analyst's corrections of the linking
 * (merge and split, recorded in {@code actor_overrides}). Counts are over the latest version of
 * each article. Each method is one transaction of the store; every one throws
 * {@link StoreException} when the database fails, and the corrections also when what they name
 * does not exist.
 */
public final class ActorIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The {@code entity_actors.method} of a link an analyst's correction made. */
    public static final String ANALYST = "analyst";

    private static final String SUMMARY = """
            SELECT a.actor_id, a.name, a.actor_type, COUNT(DISTINCT v.article_id), COALESCE(SUM(e.mention_count), 0)
            FROM actors a
            JOIN entity_actors ea ON ea.actor_id = a.actor_id
            JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
            JOIN article_versions v ON v.version_id = ea.version_id AND v.is_latest = TRUE
            """;
    private static final String SUMMARY_GROUP = " GROUP BY a.actor_id, a.name, a.actor_type";

    private final Transactions transactions;

    public ActorIndex(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Links the stored entities that have no actor yet: those of articles stored before actor
     * linking existed (articles stored since are linked as they are stored).
     *
     * @return how many entities were linked; 0 when every entity already is
     */
    public int linkUnlinked() {
        return transactions.run("cannot link the stored entities to actors", ActorLinker::linkUnlinked);
    }

    /**
     * The most mentioned actors: most mentions first, then most articles, then oldest actor.
     *
     * @param type  only actors of this type; null for all
     * @param limit at most this many, positive
     */
    public List<ActorSummary> top(@Nullable EntityType type, int limit) {
        requirePositive(limit);
        String sql = SUMMARY + (type == null ? "" : " WHERE a.actor_type = ?") + SUMMARY_GROUP
                + " ORDER BY 5 DESC, 4 DESC, a.actor_id LIMIT ?";
        return transactions.run("cannot list the actors", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int at = 1;
                if (type != null) {
                    select.setString(at++, type.name());
                }
                select.setInt(at, limit);
                return summaries(select);
            }
        });
    }

    /** The actor with this id, if it exists (with zero counts if no latest version mentions it). */
    public Optional<ActorSummary> get(long actorId) {
        return transactions.run("cannot read actor " + actorId, connection -> summary(connection, actorId));
    }

    /**
     * The actors a name the user typed means, best first: {@code #12} or {@code 12} is an actor id;
     * else the actors one of whose names has the same {@link NameKey}; else those whose name contains
     * the words typed as whole words (e.g. a surname), most mentioned first. Empty if none.
     */
    public List<ActorSummary> find(String typed) {
        Objects.requireNonNull(typed, "typed");
        String trimmed = typed.strip();
        String digits = trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
        if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9') && digits.length() < 18) {
            return get(Long.parseLong(digits)).map(List::of).orElse(List.of());
        }
        String key = NameKey.of(trimmed);
        if (key.isEmpty()) {
            return List.of();
        }
        return transactions.run("cannot look up actor " + trimmed, connection -> {
            List<ActorSummary> exact = new ArrayList<>();
            for (long id : ids(connection, "SELECT DISTINCT actor_id FROM actor_keys WHERE name_key = ?", key)) {
                summary(connection, id).ifPresent(exact::add);
            }
            if (!exact.isEmpty()) {
                return best(exact);
            }
            // A part of a name: a scan of the actors' names, acceptable for a question (linking never does it).
            String word = trimmed.toLowerCase(Locale.ROOT);
            List<ActorSummary> partial = new ArrayList<>();
            for (long id : ids(connection, "SELECT actor_id FROM actors WHERE LOWER(name) LIKE ?",
                    "%" + word.replace("%", "").replace("_", "") + "%")) {
                summary(connection, id).filter(s -> containsWords(s.name(), word)).ifPresent(partial::add);
            }
            return best(partial);
        });
    }

    /** Everything the store knows about the actor, or empty if there is no such actor. */
    public Optional<ActorProfile> profile(long actorId) {
        return transactions.run("cannot read actor " + actorId, connection -> {
            Optional<ActorSummary> actor = summary(connection, actorId);
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ActorProfile(actor.get(), aliases(connection, actorId),
                    roles(connection, actorId), quotes(connection, actorId, Integer.MAX_VALUE, true),
                    timeline(connection, actorId)));
        });
    }

    /**
     * Attributions, newest article first; those of one speaker (attributions whose source entity
     * links to the actor) if {@code speakerId} is given.
     */
    public List<Quote> quotes(@Nullable Long speakerId, int limit) {
        requirePositive(limit);
        return transactions.run("cannot list the quotes", connection -> quotes(connection, speakerId, limit, false));
    }

    /**
     * Merges actor {@code fromId} into {@code intoId}: its entities and its name keys (so entities
     * stored later) go to {@code intoId}, and {@code fromId} is deleted. Recorded in
     * {@code actor_overrides}.
     *
     * @return how many entities moved
     */
    public int merge(long intoId, long fromId) {
        if (intoId == fromId) {
            throw new StoreException("cannot merge actor " + intoId + " into itself");
        }
        return transactions.run("cannot merge actor " + fromId + " into " + intoId, connection -> {
            ActorSummary into = require(connection, intoId);
            ActorSummary from = require(connection, fromId);
            List<String> keys = keys(connection, fromId);
            update(connection, "UPDATE actor_keys SET actor_id = ? WHERE actor_id = ?", intoId, fromId);
            int moved;
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE entity_actors SET actor_id = ?, method = ? WHERE actor_id = ?")) {
                move.setLong(1, intoId);
                move.setString(2, ANALYST);
                move.setLong(3, fromId);
                moved = move.executeUpdate();
            }
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
        });
    }

    /**
     * Splits the entities of actor {@code actorId} whose name key is that of {@code name} off into
     * a new actor, which entities with that key stored later also go to. Recorded in
     * {@code actor_overrides}.
     *
     * @return the new actor
     * @throws StoreException if the actor does not exist, has no entity with that key, or has no other key
     */
    public ActorSummary split(long actorId, String name) {
        String key = NameKey.of(name);
        return transactions.run("cannot split " + name + " off actor " + actorId, connection -> {
            ActorSummary actor = require(connection, actorId);
            List<String> keys = keys(connection, actorId);
            if (!keys.contains(key)) {
                throw new StoreException("actor " + actorId + " (" + actor.name() + ") has no name with the key '"
                        + key + "'; its keys: " + String.join(", ", keys));
            }
            if (keys.size() == 1) {
                throw new StoreException("'" + key + "' is the only name key of actor " + actorId + " ("
                        + actor.name() + "): nothing to split it from");
            }
            String type = actorType(connection, actorId, key);
            long created = ActorLinker.newActor(connection, EntityType.valueOf(type),
                    mostUsedName(connection, actorId, key).orElse(name.strip()));
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE actor_keys SET actor_id = ? WHERE actor_id = ? AND name_key = ?")) {
                move.setLong(1, created);
                move.setLong(2, actorId);
                move.setString(3, key);
                move.executeUpdate();
            }
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE entity_actors SET actor_id = ?, method = ? WHERE actor_id = ? AND name_key = ?")) {
                move.setLong(1, created);
                move.setString(2, ANALYST);
                move.setLong(3, actorId);
                move.setString(4, key);
                move.executeUpdate();
            }
            if (NameKey.of(actor.name()).equals(key)) {
                // The actor was named by what left it: name it by what remains.
                String remaining = aliases(connection, actorId).stream().map(Alias::name).findFirst()
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
            return summary(connection, created).orElseThrow();
        });
    }

    private static Optional<ActorSummary> summary(Connection connection, long actorId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SUMMARY + " WHERE a.actor_id = ?" + SUMMARY_GROUP)) {
            select.setLong(1, actorId);
            List<ActorSummary> found = summaries(select);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id, name, actor_type FROM actors WHERE actor_id = ?")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new ActorSummary(rows.getLong(1), rows.getString(2),
                                EntityType.valueOf(rows.getString(3)), 0, 0))
                        : Optional.empty();
            }
        }
    }

    private static ActorSummary require(Connection connection, long actorId) throws SQLException {
        return summary(connection, actorId).orElseThrow(() -> new StoreException("no actor " + actorId));
    }

    private static List<ActorSummary> summaries(PreparedStatement select) throws SQLException {
        List<ActorSummary> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new ActorSummary(rows.getLong(1), rows.getString(2), EntityType.valueOf(rows.getString(3)),
                        rows.getLong(4), rows.getLong(5)));
            }
        }
        return found;
    }

    private static List<ActorSummary> best(List<ActorSummary> actors) {
        return actors.stream()
                .sorted(Comparator.comparingLong(ActorSummary::mentions).reversed()
                        .thenComparing(Comparator.comparingLong(ActorSummary::articles).reversed())
                        .thenComparingLong(ActorSummary::id))
                .toList();
    }

    /** Whether the words of {@code typed} occur in {@code name} as whole words, in order. */
    private static boolean containsWords(String name, String typed) {
        String padded = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String words = typed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return !words.isEmpty() && padded.contains(" " + words + " ");
    }

    private static List<Long> ids(Connection connection, String sql, String parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<String> keys(Connection connection, long actorId) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name_key FROM actor_keys WHERE actor_id = ?")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        keys.sort(null);
        return keys;
    }

    private static String actorType(Connection connection, long actorId, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_type FROM actor_keys WHERE actor_id = ? AND name_key = ?")) {
            select.setLong(1, actorId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
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

    private static List<Alias> aliases(Connection connection, long actorId) throws SQLException {
        List<Alias> aliases = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT e.name, COUNT(DISTINCT v.article_id), SUM(e.mention_count)
                FROM entity_actors ea
                JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
                JOIN article_versions v ON v.version_id = ea.version_id AND v.is_latest = TRUE
                WHERE ea.actor_id = ?
                GROUP BY e.name""")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    aliases.add(new Alias(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        // Sorted here, not in SQL: the databases' collations differ.
        aliases.sort(Comparator.comparingLong(Alias::mentions).reversed().thenComparing(Alias::name));
        return aliases;
    }

    private static List<RoleStatement> roles(Connection connection, long actorId) throws SQLException {
        List<RoleStatement> roles = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT r.title, oe.name, r.article_date, v.article_id, r.evidence_text
                FROM entity_actors ea
                JOIN roles r ON r.version_id = ea.version_id AND r.entity_id = ea.entity_id
                JOIN article_versions v ON v.version_id = ea.version_id AND v.is_latest = TRUE
                LEFT JOIN entities oe ON oe.version_id = r.version_id AND oe.entity_id = r.of_entity_id
                WHERE ea.actor_id = ?
                ORDER BY r.ordinal""")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    roles.add(new RoleStatement(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
        }
        roles.sort(Comparator.comparing(RoleStatement::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RoleStatement::articleId));
        return roles;
    }

    private static List<Appearance> timeline(Connection connection, long actorId) throws SQLException {
        List<Appearance> timeline = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT v.article_id, v.title, v.published, SUM(e.mention_count)
                FROM entity_actors ea
                JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
                JOIN article_versions v ON v.version_id = ea.version_id AND v.is_latest = TRUE
                WHERE ea.actor_id = ?
                GROUP BY v.article_id, v.title, v.published""")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    timeline.add(new Appearance(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getLong(4)));
                }
            }
        }
        timeline.sort(Comparator.comparing(Appearance::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Appearance::articleId));
        return timeline;
    }

    private static List<Quote> quotes(Connection connection, @Nullable Long speakerId, int limit, boolean oldestFirst)
            throws SQLException {
        String sql = """
                SELECT ea.actor_id, a.name, t.source_text, t.content_text, t.cue_text, t.attribution_kind, t.certainty,
                    v.article_id, t.article_date, t.content_start
                FROM attributions t
                JOIN article_versions v ON v.version_id = t.version_id AND v.is_latest = TRUE
                LEFT JOIN entity_actors ea ON ea.version_id = t.version_id AND ea.entity_id = t.source_entity_id
                LEFT JOIN actors a ON a.actor_id = ea.actor_id
                """ + (speakerId == null ? "" : " WHERE ea.actor_id = ?")
                + (limit == Integer.MAX_VALUE ? ""
                        : " ORDER BY t.article_date " + (oldestFirst ? "ASC" : "DESC") + " NULLS LAST LIMIT " + limit);
        record Row(Quote quote, int start) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (speakerId != null) {
                select.setLong(1, speakerId);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long actor = result.getLong(1);
                    Long speaker = result.wasNull() ? null : actor;
                    String name = speaker != null ? result.getString(2) : result.getString(3);
                    rows.add(new Row(new Quote(speaker, name == null ? "" : name, result.getString(4),
                            result.getString(5), result.getString(6), result.getString(7), result.getString(8),
                            result.getString(9)), result.getInt(10)));
                }
            }
        }
        // Sorted here, not in SQL: the databases' collations and null orders differ.
        Comparator<@Nullable String> dates = oldestFirst
                ? Comparator.nullsLast(Comparator.<String>naturalOrder())
                : Comparator.nullsLast(Comparator.<String>reverseOrder());
        return rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.quote().date(), dates)
                        .thenComparing(r -> r.quote().articleId())
                        .thenComparingInt(Row::start))
                .limit(limit)
                .map(Row::quote)
                .toList();
    }

    private static void update(Connection connection, String sql, long first, long second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, first);
            statement.setLong(2, second);
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

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
