package org.newsgraph.store.actors;

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
import org.newsgraph.store.StoreChanges;
import org.newsgraph.store.StoreException;

/**
 * The questions asked of the corpus-wide actors, and the analyst's corrections of the linking
 * (merge and split, recorded in {@code actor_overrides}). Counts are over the latest version of
 * each article. Each method is one transaction of the store; every one throws
 * {@link StoreException} when the database fails, and the corrections also when what they name
 * does not exist.
 */
public final class ActorIndex {

    /** The {@code entity_actors.method} of a link an analyst's correction made. */
    public static final String ANALYST = "analyst";

    private static final String SUMMARY = """
            SELECT a.actor_id, a.name, a.actor_type, COUNT(DISTINCT v.article_id), COALESCE(SUM(e.mention_count), 0),
                a.link
            FROM actors a
            JOIN entity_actors ea ON ea.actor_id = a.actor_id
            JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
            JOIN article_versions v ON v.version_id = ea.version_id AND v.is_latest = TRUE
            """;
    private static final String SUMMARY_GROUP = " GROUP BY a.actor_id, a.name, a.actor_type, a.link";

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
        return transactions.run("cannot link the stored entities to actors",
                connection -> StoreChanges.recordIf(connection, ActorLinker.linkUnlinked(connection)));
    }

    /**
     * Lists the person actors created before surname linking existed under their surname keys, so
     * that surnames alone in later articles can be linked to them. Idempotent.
     *
     * @return how many actors were listed; 0 when every one already is
     */
    public int indexSurnames() {
        try {
            return transactions.run("cannot index the actors' surnames",
                    connection -> StoreChanges.recordIf(connection, ActorLinker.indexSurnames(connection)));
        } catch (StoreException e) {
            if (e.getCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return 0; // another process opening the store at the same time indexed them first
            }
            throw e;
        }
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

    /**
     * The actors of the news of some days: mentioned in the most articles published from {@code from}
     * to {@code to} (ISO days, both included), then most mentions there, then oldest actor; the
     * counts are over those articles only. Articles without a publication date are left out.
     *
     * @param limit at most this many, positive
     */
    public List<ActorSummary> topPublished(String from, String to, int limit) {
        requirePositive(limit);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String sql = SUMMARY + " WHERE SUBSTRING(v.published, 1, 10) BETWEEN ? AND ?" + SUMMARY_GROUP
                + " ORDER BY 4 DESC, 5 DESC, a.actor_id LIMIT ?";
        return transactions.run("cannot list the actors of " + from + " to " + to, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, from);
                select.setString(2, to);
                select.setInt(3, limit);
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
        return lookup(typed, false);
    }

    /**
     * The actors a name the user typed may mean, most mentioned first: as {@link #find}, but both
     * the actors with the same name key and those whose name contains the words typed (so that
     * "Trump" finds "Donald Trump" before an actor named "Trump" alone that is mentioned less).
     */
    public List<ActorSummary> search(String typed) {
        return lookup(typed, true);
    }

    private List<ActorSummary> lookup(String typed, boolean widen) {
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
            if (!exact.isEmpty() && !widen) {
                return best(exact);
            }
            // A part of a name: a scan of the actors' names, acceptable for a question (linking never does it).
            String word = trimmed.toLowerCase(Locale.ROOT);
            List<ActorSummary> partial = new ArrayList<>(exact);
            for (long id : ids(connection, "SELECT actor_id FROM actors WHERE LOWER(name) LIKE ?",
                    "%" + word.replace("%", "").replace("_", "") + "%")) {
                if (exact.stream().noneMatch(a -> a.id() == id)) {
                    summary(connection, id).filter(a -> containsWords(a.name(), word)).ifPresent(partial::add);
                }
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
                    roles(connection, actorId), ActorQuotes.select(connection, actorId, null, Integer.MAX_VALUE, true),
                    ActorQuotes.select(connection, null, actorId, Integer.MAX_VALUE, true),
                    timeline(connection, actorId)));
        });
    }

    /**
     * Attributions, newest article first; those of one speaker (attributions whose source entity
     * links to the actor) if {@code speakerId} is given, and those about one actor (whose content
     * mentions an entity linked to it) if {@code aboutId} is given.
     */
    public List<Quote> quotes(@Nullable Long speakerId, @Nullable Long aboutId, int limit) {
        requirePositive(limit);
        return transactions.run("cannot list the quotes",
                connection -> ActorQuotes.select(connection, speakerId, aboutId, limit, false));
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
            int moved = ActorCorrections.merge(connection, intoId, fromId);
            StoreChanges.record(connection);
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
        return transactions.run("cannot split " + name + " off actor " + actorId, connection -> {
            ActorSummary split = ActorCorrections.split(connection, actorId, name);
            StoreChanges.record(connection);
            return split;
        });
    }

    static Optional<ActorSummary> summary(Connection connection, long actorId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SUMMARY + " WHERE a.actor_id = ?" + SUMMARY_GROUP)) {
            select.setLong(1, actorId);
            List<ActorSummary> found = summaries(select);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id, name, actor_type, link FROM actors WHERE actor_id = ?")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new ActorSummary(rows.getLong(1), rows.getString(2),
                                EntityType.valueOf(rows.getString(3)), 0, 0, rows.getString(4)))
                        : Optional.empty();
            }
        }
    }

    private static List<ActorSummary> summaries(PreparedStatement select) throws SQLException {
        List<ActorSummary> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new ActorSummary(rows.getLong(1), rows.getString(2), EntityType.valueOf(rows.getString(3)),
                        rows.getLong(4), rows.getLong(5), rows.getString(6)));
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

    static List<Alias> aliases(Connection connection, long actorId) throws SQLException {
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

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
