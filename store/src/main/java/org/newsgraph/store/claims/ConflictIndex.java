package org.newsgraph.store.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.actors.Transactions;

/**
 * The questions asked of claims and conflicts: the conflicts between stored articles, and the claims
 * that several articles carry. Only latest article versions count. Each method is one transaction
 * of the store and throws {@link org.newsgraph.store.StoreException} when the database fails.
 */
public final class ConflictIndex {

    private static final String LATEST = "EXISTS (SELECT 1 FROM article_versions v WHERE v.version_id = %s "
            + "AND v.is_latest = TRUE)";

    private final Transactions transactions;

    public ConflictIndex(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The conflicts the filter lets through, newest first. */
    public List<Conflict> find(ConflictFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return transactions.run("cannot list the conflicts", connection -> read(connection, filter));
    }

    /** The conflicts the filter lets through, newest first, on the caller's connection. */
    public static List<Conflict> read(Connection connection, ConflictFilter filter) throws SQLException {
        List<String> conditions = new ArrayList<>(List.of(String.format(LATEST, "c.first_version"),
                String.format(LATEST, "c.second_version")));
        List<Object> parameters = new ArrayList<>();
        if (filter.storyId() != null) {
            conditions.add("c.story_id = ?");
            parameters.add(filter.storyId());
        }
        if (filter.kind() != null) {
            conditions.add("c.conflict_kind = ?");
            parameters.add(filter.kind());
        }
        if (filter.actorId() != null) {
            conditions.add("""
                    (c.first_actor_id = ? OR c.second_actor_id = ? OR EXISTS (SELECT 1 FROM story_events se
                        JOIN event_actors xa ON xa.version_id = se.version_id AND xa.event_id = se.event_id
                        JOIN entity_actors xl ON xl.version_id = xa.version_id AND xl.entity_id = xa.entity_id
                        WHERE se.story_id = c.story_id AND xl.actor_id = ?))""");
            parameters.add(filter.actorId());
            parameters.add(filter.actorId());
            parameters.add(filter.actorId());
        }
        String sql = """
                SELECT c.conflict_id, c.conflict_kind, c.story_id, c.detail, c.first_article, c.first_text,
                    c.first_source, c.second_article, c.second_text, c.second_source
                FROM conflicts c WHERE\s""" + String.join(" AND ", conditions) + " ORDER BY c.conflict_id DESC";
        List<Conflict> conflicts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setMaxRows(filter.limit());
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long story = rows.getLong(3);
                    @Nullable Long storyId = rows.wasNull() ? null : story;
                    conflicts.add(new Conflict(rows.getLong(1), rows.getString(2), storyId, rows.getString(4),
                            new Conflict.Side(rows.getString(5), rows.getString(6), rows.getString(7)),
                            new Conflict.Side(rows.getString(8), rows.getString(9), rows.getString(10))));
                }
            }
        }
        return List.copyOf(conflicts);
    }

    /**
     * The claims carried by at least {@code minArticles} articles (the same content key from the same
     * source: its actor, else its words; claims of no or an unresolved pronoun source are left out),
     * most articles first.
     *
     * @param actorId only claims of this source actor, if given
     */
    public List<Claim> claims(@Nullable Long actorId, int minArticles, int limit) {
        if (limit < 1 || minArticles < 1) {
            throw new IllegalArgumentException("limit and minArticles must be positive: " + limit + ", " + minArticles);
        }
        String sql = """
                SELECT c.content_key, c.source_key, COUNT(DISTINCT c.article_id)
                FROM claims c JOIN article_versions v ON v.version_id = c.version_id AND v.is_latest = TRUE
                WHERE c.source_key <> ''"""
                + (actorId == null ? "" : " AND c.source_actor_id = ?")
                + " GROUP BY c.content_key, c.source_key HAVING COUNT(DISTINCT c.article_id) >= ?";
        record Group(String key, String source, int articles) {
        }
        return transactions.run("cannot list the claims", connection -> {
            List<Group> groups = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int p = 1;
                if (actorId != null) {
                    select.setLong(p++, actorId);
                }
                select.setInt(p, minArticles);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        groups.add(new Group(rows.getString(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            groups.sort(Comparator.comparingInt(Group::articles).reversed().thenComparing(Group::key)
                    .thenComparing(Group::source));
            List<Claim> claims = new ArrayList<>();
            for (Group group : groups.subList(0, Math.min(limit, groups.size()))) {
                claims.add(claim(connection, group.key(), group.source()));
            }
            return List.copyOf(claims);
        });
    }

    private static Claim claim(Connection connection, String key, String source) throws SQLException {
        String sql = """
                SELECT c.article_id, c.published, c.outlet, c.certainty, c.content_text, c.source_name,
                    c.source_actor_id
                FROM claims c JOIN article_versions v ON v.version_id = c.version_id AND v.is_latest = TRUE
                WHERE c.content_key = ? AND c.source_key = ?""";
        record Row(Claim.Report report, @Nullable String source, @Nullable Long actor) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            select.setString(2, source);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    long actor = r.getLong(7);
                    @Nullable Long actorId = r.wasNull() ? null : actor;
                    rows.add(new Row(new Claim.Report(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)), r.getString(6), actorId));
                }
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.report().published(),
                        Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(r -> r.report().articleId()));
        // One report per article: an article repeating a claim carries it once.
        List<Claim.Report> reports = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Row row : rows) {
            if (!seen.contains(row.report().articleId())) {
                seen.add(row.report().articleId());
                reports.add(row.report());
            }
        }
        @Nullable Long actor = rows.get(0).actor();
        return new Claim(key, actor == null ? rows.get(0).source() : actorName(connection, actor), actor, reports);
    }

    /** The actor's name: a claim's source may be a pronoun ("he said") that resolution linked to it. */
    private static @Nullable String actorName(Connection connection, long actor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM actors WHERE actor_id = ?")) {
            select.setLong(1, actor);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
