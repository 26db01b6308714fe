package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attributions of the stored articles (latest versions) as {@link Quote}s, read inside the
 * caller's transaction: those of a speaker, those about an actor, or all. Stateless.
 */
final class ActorQuotes {

    private ActorQuotes() {
    }

    /**
     * The quotes of {@code speakerId} (if given) about {@code aboutId} (if given), at most {@code limit},
     * oldest or newest article first, then article id, then position.
     */
    static List<Quote> select(Connection connection, @Nullable Long speakerId, @Nullable Long aboutId,
            int limit, boolean oldestFirst) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Long> parameters = new ArrayList<>();
        if (speakerId != null) {
            conditions.add(ActorVersions.containing("t.version_id"));
            parameters.add(speakerId);
            conditions.add("ea.actor_id = ?");
            parameters.add(speakerId);
        }
        if (aboutId != null) {
            // The versions the actor is mentioned in first (index entity_actors_recent), so that only their
            // attributions are looked into, not every stored one.
            conditions.add(ActorVersions.containing("t.version_id"));
            parameters.add(aboutId);
            conditions.add("""
                    EXISTS (SELECT 1 FROM mentions m
                        JOIN entity_actors ma ON ma.version_id = m.version_id AND ma.entity_id = m.entity_id
                        WHERE m.version_id = t.version_id AND ma.actor_id = ?
                        AND m.start_offset >= t.content_start AND m.end_offset <= t.content_end)""");
            parameters.add(aboutId);
        }
        String sql = """
                SELECT ea.actor_id, a.name, t.source_text, t.content_text, t.cue_text, t.attribution_kind, t.certainty,
                    v.article_id, t.article_date, t.content_start
                FROM attributions t
                JOIN article_versions v ON v.version_id = t.version_id AND v.is_latest = TRUE
                LEFT JOIN entity_actors ea ON ea.version_id = t.version_id AND ea.entity_id = t.source_entity_id
                LEFT JOIN actors a ON a.actor_id = ea.actor_id
                """ + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + (limit == Integer.MAX_VALUE ? ""
                        : " ORDER BY t.article_date " + (oldestFirst ? "ASC" : "DESC") + " NULLS LAST LIMIT " + limit);
        record Row(Quote quote, int start) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setLong(i + 1, parameters.get(i));
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
}
