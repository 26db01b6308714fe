package org.newsgraph.store.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentFormatException;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Link;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.ActorVersions;
import org.newsgraph.store.actors.Transactions;
import org.newsgraph.store.events.EventIndex;

/**
 * Builds the {@link ActorNetwork} of the stored articles (latest versions only), in one transaction
 * of the store. Event edges join each source actor of an event to each of its target actors; a
 * quotes edge joins a quote's speaker to each actor named inside the quote; a mentions edge joins
 * two actors named in the same articles. An actor's country is the code its event actors carry
 * most often in the stored documents. Throws {@link StoreException} when the database fails.
 */
public final class NetworkIndex {

    private static final String EVENT_ACTORS = """
            SELECT v.article_id, v.version_id, e.event_id, e.event_type, e.time_value, e.article_date,
                ea.actor_role, ea.entity_id, l.actor_id
            FROM events e
            JOIN article_versions v ON v.version_id = e.version_id AND v.is_latest = TRUE
            JOIN event_actors ea ON ea.version_id = e.version_id AND ea.event_id = e.event_id
            JOIN entity_actors l ON l.version_id = ea.version_id AND l.entity_id = ea.entity_id
            WHERE ea.actor_role IN ('source', 'target')""";

    private static final String QUOTED = """
            SELECT DISTINCT v.article_id, t.attribution_id, t.article_date, sa.actor_id, ma.actor_id
            FROM attributions t
            JOIN article_versions v ON v.version_id = t.version_id AND v.is_latest = TRUE
            JOIN entity_actors sa ON sa.version_id = t.version_id AND sa.entity_id = t.source_entity_id
            JOIN mentions m ON m.version_id = t.version_id
                AND m.start_offset >= t.content_start AND m.end_offset <= t.content_end
            JOIN entity_actors ma ON ma.version_id = m.version_id AND ma.entity_id = m.entity_id""";

    private static final String NAMED = """
            SELECT DISTINCT v.article_id, v.published, l.actor_id
            FROM entity_actors l
            JOIN article_versions v ON v.version_id = l.version_id AND v.is_latest = TRUE""";

    private static final String ACTORS = """
            SELECT a.actor_id, a.name, a.actor_type, COUNT(DISTINCT v.article_id), a.link
            FROM actors a
            JOIN entity_actors l ON l.actor_id = a.actor_id
            JOIN article_versions v ON v.version_id = l.version_id AND v.is_latest = TRUE
            """;
    private static final String ACTORS_GROUP = " GROUP BY a.actor_id, a.name, a.actor_type, a.link";

    /** Up to this many actors, their article counts are asked for by id. */
    private static final int FEW_ACTORS = 500;

    private final Transactions transactions;

    public NetworkIndex(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The network the filter lets through. */
    public ActorNetwork network(NetworkFilter filter) {
        return build(filter, true, true);
    }

    /**
     * The links the pictures draw: the filter's event and quote edges only (co-mentions only if the
     * filter asks for {@code mentions}), with no countries on the nodes, which saves reading the
     * stored documents.
     */
    public ActorNetwork links(NetworkFilter filter) {
        return build(filter, NetworkFilter.MENTIONS.equals(filter.kind()), false);
    }

    private ActorNetwork build(NetworkFilter filter, boolean withMentions, boolean withCountries) {
        Objects.requireNonNull(filter, "filter");
        return transactions.run("cannot build the actor network", connection -> {
            Map<EdgeKey, Evidence> edges = new TreeMap<>();
            Map<Long, Map<String, Integer>> countries = new HashMap<>();
            events(connection, filter, edges, withCountries ? countries : null);
            if (filter.wants(NetworkFilter.QUOTES)) {
                quotes(connection, filter, edges);
            }
            if (withMentions && filter.wants(NetworkFilter.MENTIONS)) {
                mentions(connection, filter, edges);
            }
            List<NetworkEdge> kept = new ArrayList<>();
            edges.forEach((key, evidence) -> {
                if (filter.actorId() == null || key.source() == filter.actorId() || key.target() == filter.actorId()) {
                    kept.add(evidence.edge(key));
                }
            });
            Set<Long> ends = new TreeSet<>();
            kept.forEach(e -> {
                ends.add(e.source());
                ends.add(e.target());
            });
            return new ActorNetwork(nodes(connection, ends, countries), kept);
        });
    }

    private record EdgeKey(long source, long target, String kind) implements Comparable<EdgeKey> {
        @Override
        public int compareTo(EdgeKey other) {
            int bySource = Long.compare(source, other.source);
            if (bySource != 0) {
                return bySource;
            }
            int byTarget = Long.compare(target, other.target);
            return byTarget != 0 ? byTarget : kind.compareTo(other.kind);
        }
    }

    /** What one edge rests on, gathered row by row. */
    private static final class Evidence {
        private int count;
        private final Set<String> dates = new TreeSet<>();
        private final Set<String> articles = new TreeSet<>();

        void add(String article, @Nullable String date) {
            count++;
            articles.add(article);
            if (date != null) {
                dates.add(date);
            }
        }

        NetworkEdge edge(EdgeKey key) {
            List<String> sorted = List.copyOf(dates);
            return new NetworkEdge(key.source(), key.target(), key.kind(), count,
                    sorted.isEmpty() ? null : sorted.get(0), sorted.isEmpty() ? null : sorted.get(sorted.size() - 1),
                    List.copyOf(articles));
        }
    }

    private record EventRow(String article, long version, @Nullable String date, String type,
            Set<Long> sources, Set<Long> targets) {
    }

    /** The event edges; the countries of their actors too unless {@code countries} is null. */
    private static void events(Connection connection, NetworkFilter filter, Map<EdgeKey, Evidence> edges,
            @Nullable Map<Long, Map<String, Integer>> countries) throws SQLException {
        Map<String, EventRow> events = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> linked = new HashMap<>();
        // One actor's edges lie in the articles that mention it: only those are read.
        Long actorId = filter.actorId();
        String sql = actorId == null ? EVENT_ACTORS : EVENT_ACTORS + " AND " + ActorVersions.containing("e.version_id");
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = query(select, actorId)) {
            while (rows.next()) {
                long version = rows.getLong(2);
                EventRow event = events.computeIfAbsent(version + "\u0000" + rows.getString(3),
                        k -> sqlRow(rows, version));
                long actor = rows.getLong(9);
                ("source".equals(rows.getString(7)) ? event.sources() : event.targets()).add(actor);
                linked.computeIfAbsent(version, v -> new HashMap<>()).put(rows.getString(8), actor);
            }
        }
        for (EventRow event : events.values()) {
            if (!filter.wants(event.type()) || !filter.inRange(event.date())) {
                continue;
            }
            for (long source : event.sources()) {
                for (long target : event.targets()) {
                    if (source != target) {
                        edges.computeIfAbsent(new EdgeKey(source, target, event.type()), k -> new Evidence())
                                .add(event.article(), event.date());
                    }
                }
            }
        }
        if (countries != null) {
            countries(connection, linked, countries);
        }
    }

    private static ResultSet query(PreparedStatement select, @Nullable Long actorId) throws SQLException {
        if (actorId != null) {
            select.setLong(1, actorId);
        }
        return select.executeQuery();
    }

    private static EventRow sqlRow(ResultSet rows, long version) {
        try {
            return new EventRow(rows.getString(1), version, EventIndex.dateOf(rows.getString(5), rows.getString(6)),
                    rows.getString(4), new TreeSet<>(), new TreeSet<>());
        } catch (SQLException e) {
            throw new StoreException("cannot read an event row: " + e.getMessage(), e);
        }
    }

    /** Counts the country codes of the linked event actors, read from the versions' documents. */
    private static void countries(Connection connection, Map<Long, Map<String, Long>> linked,
            Map<Long, Map<String, Integer>> countries) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM article_versions WHERE version_id = ?")) {
            for (Map.Entry<Long, Map<String, Long>> version : linked.entrySet()) {
                select.setLong(1, version.getKey());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        continue;
                    }
                    for (Event event : read(rows.getString(1)).events()) {
                        for (EventActor actor : event.actors()) {
                            Long id = actor.entity() == null ? null : version.getValue().get(actor.entity());
                            if (id != null && actor.country() != null) {
                                countries.computeIfAbsent(id, k -> new TreeMap<>()).merge(actor.country(), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
    }

    private static org.newsgraph.model.Doc read(String json) {
        try {
            return DocumentReader.read(json);
        } catch (DocumentFormatException e) {
            throw new StoreException("cannot read a stored document: " + e.getMessage(), e);
        }
    }

    /**
     * The quotes edges. For one actor's network, only the quotes it said and those that name it are
     * read (two narrow queries rather than one over all quotes).
     */
    private static void quotes(Connection connection, NetworkFilter filter, Map<EdgeKey, Evidence> edges)
            throws SQLException {
        if (filter.actorId() == null) {
            quotes(connection, QUOTED, null, filter, edges);
        } else {
            quotes(connection, QUOTED + " WHERE sa.actor_id = ?", filter.actorId(), filter, edges);
            quotes(connection, QUOTED + " WHERE ma.actor_id = ?", filter.actorId(), filter, edges);
        }
    }

    private static void quotes(Connection connection, String sql, @Nullable Long actorId, NetworkFilter filter,
            Map<EdgeKey, Evidence> edges) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (actorId != null) {
                select.setLong(1, actorId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String date = EventIndex.day(rows.getString(3));
                    long speaker = rows.getLong(4);
                    long about = rows.getLong(5);
                    if (speaker != about && filter.inRange(date)) {
                        edges.computeIfAbsent(new EdgeKey(speaker, about, NetworkFilter.QUOTES), k -> new Evidence())
                                .add(rows.getString(1), date);
                    }
                }
            }
        }
    }

    private static void mentions(Connection connection, NetworkFilter filter, Map<EdgeKey, Evidence> edges)
            throws SQLException {
        Map<String, Set<Long>> named = new TreeMap<>();
        Map<String, @Nullable String> dates = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(NAMED);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String date = EventIndex.day(rows.getString(2));
                if (filter.inRange(date)) {
                    named.computeIfAbsent(rows.getString(1), k -> new TreeSet<>()).add(rows.getLong(3));
                    dates.put(rows.getString(1), date);
                }
            }
        }
        Map<EdgeKey, Evidence> pairs = new HashMap<>();
        named.forEach((article, actors) -> {
            List<Long> sorted = List.copyOf(actors);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.computeIfAbsent(new EdgeKey(sorted.get(i), sorted.get(j), NetworkFilter.MENTIONS),
                            k -> new Evidence()).add(article, dates.get(article));
                }
            }
        });
        pairs.forEach((key, evidence) -> {
            if (evidence.count >= filter.minMentioned()) {
                edges.put(key, evidence);
            }
        });
    }

    private static List<NetworkNode> nodes(Connection connection, Set<Long> ids, Map<Long, Map<String, Integer>> countries)
            throws SQLException {
        List<NetworkNode> nodes = new ArrayList<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        // A small network (an actor's own, a picture's) counts the articles of its actors only.
        boolean few = ids.size() <= FEW_ACTORS;
        String sql = ACTORS + (few ? "WHERE a.actor_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")" : "") + ACTORS_GROUP;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (few) {
                int at = 1;
                for (long id : ids) {
                    select.setLong(at++, id);
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (ids.contains(id)) {
                        String link = rows.getString(5);
                        nodes.add(new NetworkNode(id, rows.getString(2), rows.getString(3), country(countries.get(id)),
                                link == null ? null : new Link(link, 1).url(), rows.getInt(4)));
                    }
                }
            }
        }
        nodes.sort((a, b) -> Long.compare(a.actorId(), b.actorId()));
        return nodes;
    }

    /** The most frequent code, the first in alphabetical order on a tie. */
    private static @Nullable String country(@Nullable Map<String, Integer> counts) {
        if (counts == null) {
            return null;
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > most) {
                best = count.getKey();
                most = count.getValue();
            }
        }
        return best;
    }
}
