package org.newsgraph.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.actors.ActorVersions;
import org.newsgraph.store.actors.Transactions;
import org.newsgraph.store.claims.ConflictFilter;
import org.newsgraph.store.claims.ConflictIndex;

/**
 * The questions asked of the stories: which are carried by the most independent sources, and one
 * story in full. Each method is one transaction of the store and throws
 * {@link org.newsgraph.store.StoreException} when the database fails.
 */
public final class StoryIndex {

    private static final String SUMMARY_COLUMNS = """
            SELECT s.story_id, s.event_type, s.label, s.first_day, s.last_day, s.event_count, s.article_count,
                s.independent_count, s.outlet_count FROM stories s""";

    /** A story with an event whose source, target or place is the actor. */
    private static final String ACTOR_LINKED = """
            (EXISTS (SELECT 1 FROM story_events se
                JOIN event_actors xa ON xa.version_id = se.version_id AND xa.event_id = se.event_id
                JOIN entity_actors xl ON xl.version_id = xa.version_id AND xl.entity_id = xa.entity_id
                WHERE se.story_id = s.story_id AND xl.actor_id = ?)
            OR EXISTS (SELECT 1 FROM story_events se
                JOIN events pe ON pe.version_id = se.version_id AND pe.event_id = se.event_id
                JOIN entity_actors pl ON pl.version_id = pe.version_id AND pl.entity_id = pe.location_entity_id
                WHERE se.story_id = s.story_id AND pl.actor_id = ?))""";

    private final Transactions transactions;

    public StoryIndex(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Links to stories the events of the article versions stored before stories existed (the store
     * does it when it opens). Idempotent.
     *
     * @return how many versions were linked; 0 when every one is
     */
    public int backfill() {
        return StoryBackfill.run(transactions);
    }

    /**
     * The stories the filter lets through, most independent sources first, then most articles, most
     * events, and oldest story; the page the filter asks for.
     */
    public List<StorySummary> list(StoryFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<String> conditions = new ArrayList<>(List.of("s.event_count > 0"));
        List<Object> parameters = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("s.event_type = ?");
            parameters.add(filter.type());
        }
        if (filter.actorId() != null) {
            // The stories with an event in the actor's articles first, then the exact test on those.
            conditions.add("s.story_id IN (SELECT sv.story_id FROM story_events sv WHERE "
                    + ActorVersions.containing("sv.version_id") + ")");
            parameters.add(filter.actorId());
            conditions.add(ACTOR_LINKED);
            parameters.add(filter.actorId());
            parameters.add(filter.actorId());
        }
        String sql = SUMMARY_COLUMNS + " WHERE " + String.join(" AND ", conditions);
        return transactions.run("cannot list the stories", connection -> {
            List<StorySummary> stories = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stories.add(summary(rows));
                    }
                }
            }
            // Sorted and paged here, not in SQL: the date-range test is a prefix test.
            return stories.stream()
                    .filter(s -> filter.overlaps(s.firstDay(), s.lastDay()))
                    .sorted(Comparator.comparingInt(StorySummary::independentSources).reversed()
                            .thenComparing(Comparator.comparingInt(StorySummary::articles).reversed())
                            .thenComparing(Comparator.comparingInt(StorySummary::events).reversed())
                            .thenComparingLong(StorySummary::id))
                    .skip(filter.offset())
                    .limit(filter.limit())
                    .toList();
        });
    }

    /** The story with its events, articles and conflicts, if it exists and has events. */
    public Optional<Story> get(long storyId) {
        return transactions.run("cannot read story " + storyId, connection -> {
            Optional<StorySummary> summary = readSummary(connection, storyId);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Story(summary.get(), events(connection, storyId), articles(connection, storyId),
                    ConflictIndex.read(connection, new ConflictFilter(storyId, null, null, Integer.MAX_VALUE))));
        });
    }

    /**
     * The story each stored event (of the latest versions) belongs to: for evaluation and export,
     * every story's events in one read, ordered by story then article then position.
     */
    public List<Membership> memberships() {
        return transactions.run("cannot read the story memberships", connection -> {
            List<Membership> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT se.story_id, se.article_id, se.event_id, e.trigger_start, e.trigger_end
                    FROM story_events se
                    JOIN article_versions v ON v.version_id = se.version_id AND v.is_latest = TRUE
                    JOIN events e ON e.version_id = se.version_id AND e.event_id = se.event_id""");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(new Membership(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getInt(5)));
                }
            }
            all.sort(Comparator.comparingLong(Membership::storyId).thenComparing(Membership::articleId)
                    .thenComparingInt(Membership::start));
            return List.copyOf(all);
        });
    }

    /**
     * An event's story.
     *
     * @param storyId   the story
     * @param articleId the article
     * @param eventId   the event's id in the article's document
     * @param start     where its trigger starts in the article text
     * @param end       where its trigger ends
     */
    public record Membership(long storyId, String articleId, String eventId, int start, int end) {
        public Membership {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    private static Optional<StorySummary> readSummary(Connection connection, long storyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SUMMARY_COLUMNS + " WHERE s.story_id = ? AND s.event_count > 0")) {
            select.setLong(1, storyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(summary(rows)) : Optional.empty();
            }
        }
    }

    private static StorySummary summary(ResultSet rows) throws SQLException {
        return new StorySummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9));
    }

    private static List<StoryEvent> events(Connection connection, long storyId) throws SQLException {
        record Row(StoryEvent event, @Nullable String published) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT se.article_id, se.event_id, se.event_type, se.event_status, e.trigger_text, e.trigger_start,
                    e.trigger_end, se.event_day, se.sentence_text, v.published
                FROM story_events se
                JOIN events e ON e.version_id = se.version_id AND e.event_id = se.event_id
                JOIN article_versions v ON v.version_id = se.version_id
                WHERE se.story_id = ?""")) {
            select.setLong(1, storyId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(new StoryEvent(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6), r.getInt(7), r.getString(8), r.getString(9)),
                            r.getString(10)));
                }
            }
        }
        return rows.stream()
                .sorted(Comparator.comparing(Row::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                        .thenComparing(r -> r.event().articleId())
                        .thenComparingInt(r -> r.event().start()))
                .map(Row::event)
                .toList();
    }

    private static List<StoryArticle> articles(Connection connection, long storyId) throws SQLException {
        List<StoryArticle> articles = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT sa.article_id, v.title, sa.published, sa.outlet, sa.copy_of
                FROM story_articles sa JOIN article_versions v ON v.version_id = sa.version_id
                WHERE sa.story_id = ?""")) {
            select.setLong(1, storyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(new StoryArticle(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
        }
        articles.sort(Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(StoryArticle::articleId));
        return List.copyOf(articles);
    }
}
