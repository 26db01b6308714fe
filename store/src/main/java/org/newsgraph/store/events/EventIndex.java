package org.newsgraph.store.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.PartialDate;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.ActorVersions;
import org.newsgraph.store.actors.Transactions;

/**
 * The questions asked of the stored events, and the stored documents an export writes. Only the
 * latest version of each article counts. Each method is one transaction of the store and throws
 * {@link StoreException} when the database fails.
 */
public final class EventIndex {

    private static final String ACTOR_LINKED = """
            EXISTS (SELECT 1 FROM event_actors xa
                JOIN entity_actors xl ON xl.version_id = xa.version_id AND xl.entity_id = xa.entity_id
                WHERE xa.version_id = e.version_id AND xa.event_id = e.event_id AND xl.actor_id = ?)""";

    private final Transactions transactions;

    public EventIndex(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The events the filter lets through, newest first (undated last), then by article and position. */
    public List<StoredEvent> find(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("e.event_type = ?");
            parameters.add(filter.type());
        }
        if (filter.status() != null) {
            conditions.add("e.status = ?");
            parameters.add(filter.status());
        }
        if (filter.actorId() != null) {
            conditions.add(ActorVersions.containing("e.version_id"));
            parameters.add(filter.actorId());
            conditions.add(ACTOR_LINKED);
            parameters.add(filter.actorId());
        }
        String sql = """
                SELECT v.article_id, e.event_id, e.time_value, e.article_date, e.event_type, e.event_mode, e.status,
                    e.trigger_text, e.trigger_start, le.name, ea.actor_role, ae.name, ea.actor_text
                FROM events e
                JOIN article_versions v ON v.version_id = e.version_id AND v.is_latest = TRUE
                LEFT JOIN entities le ON le.version_id = e.version_id AND le.entity_id = e.location_entity_id
                LEFT JOIN event_actors ea ON ea.version_id = e.version_id AND ea.event_id = e.event_id
                LEFT JOIN entities ae ON ae.version_id = ea.version_id AND ae.entity_id = ea.entity_id
                """ + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY v.article_id, e.event_id, ea.ordinal";
        return transactions.run("cannot list the events", connection -> {
            List<Row> rows = read(connection, sql, parameters);
            return rows.stream()
                    .filter(r -> filter.inRange(r.event().date()))
                    .sorted(Comparator.comparing((Row r) -> r.event().date(),
                                    Comparator.nullsLast(Comparator.<String>reverseOrder()))
                            .thenComparing(r -> r.event().articleId())
                            .thenComparingInt(Row::start))
                    .limit(filter.limit())
                    .map(Row::event)
                    .toList();
        });
    }

    /**
     * The {@code newsgraph/document@1} JSON of the latest version of each stored article, oldest
     * publication date first (undated last), then by id; only articles published in the range, and
     * with an actor filter only articles that mention that actor. Each carries the corpus-wide actor
     * and story ids the store assigned ({@code entities[].actor}, {@code events[].story}).
     */
    public List<String> documents(@Nullable Long actorId, @Nullable String from, @Nullable String to) {
        EventFilter range = new EventFilter(null, actorId, from, to, null, 1);
        String sql = "SELECT v.article_id, v.published, v.version_id FROM article_versions v WHERE v.is_latest = TRUE"
                + (actorId == null ? ""
                        : " AND EXISTS (SELECT 1 FROM entity_actors l WHERE l.version_id = v.version_id AND l.actor_id = ?)");
        record Version(String id, @Nullable String published, long versionId) {
        }
        return transactions.run("cannot read the stored documents", connection -> {
            List<Version> versions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (actorId != null) {
                    select.setLong(1, actorId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.add(new Version(rows.getString(1), rows.getString(2), rows.getLong(3)));
                    }
                }
            }
            List<Version> chosen = versions.stream()
                    .filter(d -> range.inRange(day(d.published())))
                    .sorted(Comparator.comparing(Version::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                            .thenComparing(Version::id))
                    .toList();
            List<String> documents = new ArrayList<>();
            for (Version v : chosen) {
                documents.add(document(connection, v.versionId()));
            }
            return documents;
        });
    }

    /**
     * The {@code newsgraph/document@1} JSON of an article's latest version, on one line, with the
     * corpus-wide actor and story ids the store assigned ({@code entities[].actor}, {@code events[].story}).
     */
    public java.util.Optional<String> latestDocument(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return transactions.run("cannot read the stored document", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version_id FROM article_versions WHERE article_id = ? AND is_latest = TRUE")) {
                select.setString(1, articleId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return java.util.Optional.<String>empty();
                    }
                    return java.util.Optional.of(document(connection, rows.getLong(1)));
                }
            }
        });
    }

    private static String document(Connection connection, long versionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM article_versions WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException("article version " + versionId + " vanished while it was read");
                }
                return CorpusIds.annotate(connection, versionId, rows.getString(1));
            }
        }
    }

    private record Row(StoredEvent event, int start) {
    }

    private static List<Row> read(Connection connection, String sql, List<Object> parameters) throws SQLException {
        Map<String, Row> events = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1) + "\u0000" + rows.getString(2);
                    if (!events.containsKey(key)) {
                        String date = dateOf(rows.getString(3), rows.getString(4));
                        events.put(key, new Row(new StoredEvent(rows.getString(1), rows.getString(2), date,
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                List.of(), List.of(), rows.getString(10)), rows.getInt(9)));
                        sources.put(key, new LinkedHashSet<>());
                        targets.put(key, new LinkedHashSet<>());
                    }
                    String role = rows.getString(11);
                    if ("source".equals(role) || "target".equals(role)) {
                        String name = rows.getString(12) != null ? rows.getString(12) : oneLine(rows.getString(13));
                        (role.equals("source") ? sources : targets).get(key).add(name);
                    }
                }
            }
        }
        List<Row> all = new ArrayList<>();
        events.forEach((key, row) -> {
            StoredEvent e = row.event();
            all.add(new Row(new StoredEvent(e.articleId(), e.eventId(), e.date(), e.type(), e.mode(), e.status(),
                    e.trigger(), List.copyOf(sources.get(key)), List.copyOf(targets.get(key)), e.location()),
                    row.start()));
        });
        return all;
    }

    /** An event's date: its time if that is a calendar date, else the day of the article's date. */
    public static @Nullable String dateOf(@Nullable String timeValue, @Nullable String articleDate) {
        return timeValue != null && PartialDate.isValid(timeValue) ? timeValue : day(articleDate);
    }

    /** The date part of a publication date such as 2023-09-12T08:00:00Z. */
    public static @Nullable String day(@Nullable String published) {
        return published == null || published.length() < 10 ? published : published.substring(0, 10);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
