package org.newsgraph.store.stories;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;

/**
 * Links the events of one stored article version to stories, inside the caller's transaction (it
 * neither commits nor rolls back). Each event, in text order, looks up candidate stories through
 * {@code story_keys}: its type with its trigger lemma, and its type with each of its corpus-wide
 * actors, within {@value StorySimilarity#SPAN_DAYS} days of its day (undated events and stories
 * match any day); at most {@value StoryMatch#CANDIDATES} stories a key, newest first. A candidate whose dated
 * events would no longer lie within {@value StorySimilarity#SPAN_DAYS} days of each other with the new
 * one is left out ({@link StorySimilarity#fits}); each other candidate is scored against its
 * {@value StoryMatch#MEMBERS} latest events (by day) ({@link StorySimilarity}); the event joins the best one
 * scoring at least {@link StorySimilarity#THRESHOLD}, else starts a story: {@link StoryMatch}'s decision,
 * on the store's tables. So the work per article
 * depends on how many stories share its keys, never on how many are stored.
 *
 * <p>A new version of an article first takes the earlier versions' events out of their stories.
 * The story's counts are then recomputed from its articles: independent sources are its articles
 * after collapsing near-duplicates ({@code copy_of}) onto the article they copy, and collapsing
 * articles of one known outlet into one.
 */
public final class StoryLinker {

    private final Connection connection;
    private final long versionId;
    private final Doc doc;
    private final @Nullable String copyOf;
    private final Map<String, EventFeatures> prior;

    private StoryLinker(Connection connection, long versionId, Doc doc, @Nullable String copyOf,
            Map<String, EventFeatures> prior) {
        this.connection = connection;
        this.versionId = versionId;
        this.doc = doc;
        this.copyOf = copyOf;
        this.prior = prior;
    }

    /**
     * Links the events of {@code doc}, just stored under {@code versionId} with its entities linked to
     * actors, to stories.
     *
     * @param copyOf the article this version is a near-duplicate of, if any
     * @return the story of each event id, and the features linking computed
     */
    public static Linked link(Connection connection, long versionId, Doc doc, @Nullable String copyOf)
            throws SQLException {
        return new StoryLinker(connection, versionId, doc, copyOf, Map.of()).run();
    }

    /**
     * As {@link #link(Connection, long, Doc, String)}, for a document read back from its stored JSON
     * (which holds no tokens): an event found in {@code prior} (by event id) keeps the trigger lemma,
     * sentence and words computed when it was first analysed, and only its actors, place and day are
     * taken from {@code doc} and the current actor links.
     */
    public static Linked relink(Connection connection, long versionId, Doc doc, @Nullable String copyOf,
            Map<String, EventFeatures> prior) throws SQLException {
        return new StoryLinker(connection, versionId, doc, copyOf, Map.copyOf(prior)).run();
    }

    /** The stored features of the events of {@code versionId} that are in a story, by event id. */
    public static Map<String, EventFeatures> storedFeatures(Connection connection, long versionId)
            throws SQLException {
        return StoryMembers.ofVersion(connection, versionId);
    }

    /**
     * What linking did: the story of each event, by event id, and each event's features.
     *
     * @param storyOf  story id by event id
     * @param features features by event id
     * @param actorOf  the corpus-wide actor of each linked entity of the document
     * @param copyOf   the article this version is a near-duplicate of, if any
     */
    public record Linked(Map<String, Long> storyOf, Map<String, EventFeatures> features, Map<String, Long> actorOf,
            @Nullable String copyOf) {
        public Linked {
            storyOf = Map.copyOf(storyOf);
            features = Map.copyOf(features);
            actorOf = Map.copyOf(actorOf);
        }
    }

    private Linked run() throws SQLException {
        Set<Long> touched = new LinkedHashSet<>(unlinkEarlierVersions());
        Map<String, Long> actorOf = actorsOfEntities();
        Map<String, Long> storyOf = new LinkedHashMap<>();
        Map<String, EventFeatures> features = new LinkedHashMap<>();
        Set<String> lead = EventFeatures.lead(doc);
        for (Event event : doc.events()) {
            EventFeatures f = withPrior(EventFeatures.of(doc, event, actorOf, lead));
            StoryMatch.Match best = StoryMatch.best(f, new Tables()).orElse(null);
            long story = best == null ? newStory(f) : best.story();
            insertMember(story, f, best == null ? 0 : best.score());
            insertKeys(story, f);
            storyOf.put(event.id(), story);
            features.put(event.id(), f);
            touched.add(story);
        }
        for (long story : new TreeSet<>(storyOf.values())) {
            addArticle(story);
        }
        for (long story : touched) {
            StoryCounts.recount(connection, story);
        }
        return new Linked(storyOf, features, actorOf, copyOf);
    }

    /** Takes the events of the article's earlier versions out of their stories; returns those stories. */
    private Set<Long> unlinkEarlierVersions() throws SQLException {
        String article = doc.id();
        Set<Long> stories = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT story_id FROM story_articles WHERE article_id = ?")) {
            select.setString(1, article);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stories.add(rows.getLong(1));
                }
            }
        }
        // Claims and conflicts of a version without events have no story: delete by article either way.
        for (String sql : List.of("DELETE FROM story_events WHERE article_id = ?",
                "DELETE FROM story_articles WHERE article_id = ?", "DELETE FROM story_quantities WHERE article_id = ?",
                "DELETE FROM claims WHERE article_id = ?",
                "DELETE FROM conflicts WHERE first_article = ? OR second_article = ?")) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setString(1, article);
                if (sql.contains("second_article")) {
                    delete.setString(2, article);
                }
                delete.executeUpdate();
            }
        }
        return stories;
    }

    private Map<String, Long> actorsOfEntities() throws SQLException {
        Map<String, Long> actors = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entity_id, actor_id FROM entity_actors WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actors.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return actors;
    }

    private EventFeatures withPrior(EventFeatures f) {
        @Nullable EventFeatures known = prior.get(f.eventId());
        if (known == null || !known.type().equals(f.type())) {
            return f;
        }
        return new EventFeatures(f.articleId(), f.eventId(), f.type(), f.status(), known.lemma(), f.actorIds(),
                f.placeId(), f.day(), known.words(), known.context(), known.sentence(),
                known.own().isEmpty() ? f.own() : known.own()); // stored before V15: from the document's words
    }

    /** The stories of {@code story_keys} and {@code story_events}, as {@link StoryMatch} reads them. */
    private final class Tables implements StoryMatch.Stories<SQLException> {
        @Override
        public List<Long> dated(String key, String from, String to, int limit) throws SQLException {
            return storyIds("SELECT story_id FROM story_keys WHERE block_key = ? AND event_day BETWEEN ? AND ?"
                    + " ORDER BY story_id DESC", limit, key, from, to);
        }

        @Override
        public List<Long> undated(String key, int limit) throws SQLException {
            return storyIds("SELECT story_id FROM story_keys WHERE block_key = ? AND event_day = '' ORDER BY story_id DESC",
                    limit, key);
        }

        @Override
        public List<Long> any(String key, int limit) throws SQLException {
            return storyIds("SELECT story_id FROM story_keys WHERE block_key = ? ORDER BY story_id DESC", limit, key);
        }

        @Override
        public List<EventFeatures> members(long story, int limit) throws SQLException {
            return StoryMembers.latest(connection, story, limit);
        }

        @Override
        public StoryMatch.Days days(long story) throws SQLException {
            return StoryMembers.days(connection, story);
        }
    }

    private List<Long> storyIds(String sql, int limit, String... parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setMaxRows(limit);
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private long newStory(EventFeatures f) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO stories (event_type, label, first_day, last_day, event_count, article_count,
                    independent_count, outlet_count)
                VALUES (?, ?, ?, ?, 0, 0, 0, 0)""", new String[] {"story_id"})) {
            insert.setString(1, f.type());
            insert.setString(2, truncate(f.sentence(), 200));
            setNullable(insert, 3, f.day());
            setNullable(insert, 4, f.day());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no story_id for the new story");
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertMember(long story, EventFeatures f, double score) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO story_events (version_id, event_id, story_id, article_id, event_type, event_status,
                    trigger_lemma, actor_ids, place_id, event_day, words, sentence_text, link_score, lead_words,
                    own_words)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, versionId);
            insert.setString(2, f.eventId());
            insert.setLong(3, story);
            insert.setString(4, doc.id());
            insert.setString(5, f.type());
            insert.setString(6, f.status());
            insert.setString(7, f.lemma());
            StringBuilder actors = new StringBuilder(" ");
            f.actorIds().forEach(id -> actors.append(id).append(' '));
            insert.setString(8, actors.toString());
            if (f.placeId() == null) {
                insert.setNull(9, Types.BIGINT);
            } else {
                insert.setLong(9, f.placeId());
            }
            setNullable(insert, 10, f.day());
            insert.setString(11, ContentWords.key(new ArrayList<>(f.words())));
            insert.setString(12, f.sentence());
            insert.setDouble(13, score);
            insert.setString(14, ContentWords.key(new ArrayList<>(f.context())));
            insert.setString(15, ContentWords.key(new ArrayList<>(f.own())));
            insert.executeUpdate();
        }
    }

    private void insertKeys(long story, EventFeatures f) throws SQLException {
        String day = f.day() == null ? "" : f.day();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM story_keys WHERE block_key = ? AND event_day = ? AND story_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO story_keys (block_key, event_day, story_id) VALUES (?, ?, ?)")) {
            for (String key : new LinkedHashSet<>(StoryMatch.keys(f))) {
                select.setString(1, key);
                select.setString(2, day);
                select.setLong(3, story);
                boolean present;
                try (ResultSet rows = select.executeQuery()) {
                    present = rows.next();
                }
                if (!present) {
                    insert.setString(1, key);
                    insert.setString(2, day);
                    insert.setLong(3, story);
                    insert.executeUpdate();
                }
            }
        }
    }

    private void addArticle(long story) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO story_articles (story_id, article_id, version_id, outlet, copy_of, published)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, story);
            insert.setString(2, doc.id());
            insert.setLong(3, versionId);
            setNullable(insert, 4, outlet(doc));
            setNullable(insert, 5, copyOf);
            setNullable(insert, 6, doc.article().published());
            insert.executeUpdate();
        }
    }

    /** The article's outlet: its publisher, else the host of its URL without "www.". */
    public static @Nullable String outlet(Doc doc) {
        if (doc.article().source() != null && !doc.article().source().isBlank()) {
            return doc.article().source().strip();
        }
        if (doc.article().url() == null) {
            return null;
        }
        try {
            String host = URI.create(doc.article().url().strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void setNullable(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
