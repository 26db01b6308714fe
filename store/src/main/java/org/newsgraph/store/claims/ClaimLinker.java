package org.newsgraph.store.claims;

import static org.newsgraph.store.claims.ConflictWriter.CANDIDATES;
import static org.newsgraph.store.claims.ConflictWriter.NOT_A_COPY;
import static org.newsgraph.store.claims.ConflictWriter.oneLine;
import static org.newsgraph.store.claims.ConflictWriter.setLong;
import static org.newsgraph.store.claims.ConflictWriter.setNullable;
import static org.newsgraph.store.claims.ConflictWriter.truncate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;
import org.newsgraph.store.claims.ConflictWriter.Side;
import org.newsgraph.store.stories.ContentWords;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.StoryLinker;

/**
 * Records the claims of one stored article version and the conflicts they and its numbers and
 * denied events make with stored articles, inside the caller's transaction (neither commits nor
 * rolls back). Runs after {@link StoryLinker}. Every comparison goes through an index: claims by
 * content key or by story, numbers and events by story.
 *
 * <ul>
 * <li>A claim is an attribution: its content words (lemmas, function words dropped) sorted into a
 *     content key, its source's corpus-wide actor, its certainty, and the story of the first event
 *     inside its content.</li>
 * <li>A denial conflict: a claim denied here that a stored article's claim asserts or reports (or the
 *     reverse), when both are in one story and share at least {@value #STORY_OVERLAP} of their content
 *     words (Jaccard), or have the same content key; and an event denied here ("did not attack") whose
 *     story holds the same event (same trigger lemma, a shared actor) as having occurred in another
 *     article (or the reverse).</li>
 * <li>A quantity conflict: see {@link QuantityConflicts}.</li>
 * </ul>
 * A near-duplicate article (a wire copy) takes part in no conflict: the article it copies stands for it.
 */
public final class ClaimLinker {

    /** Content-word Jaccard from which a denial and a claim of one story are about the same thing. */
    public static final double STORY_OVERLAP = 0.2;
    /** Distinct content words an attribution needs to be a claim ("declined to comment" is none). */
    public static final int MIN_WORDS = 3;
    /** Source words that name nobody without resolution. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that", "this", "one", "someone", "some");

    private final ArticleContext article;
    private final Connection connection;
    private final long versionId;
    private final Doc doc;
    private final StoryLinker.Linked linked;
    /** The content words of each claim when first analysed, by attribution id; null: compute them from the doc. */
    private final @Nullable Map<String, List<String>> prior;

    private ClaimLinker(ArticleContext article, @Nullable Map<String, List<String>> prior) {
        this.prior = prior;
        this.article = article;
        this.connection = article.connection();
        this.versionId = article.versionId();
        this.doc = article.doc();
        this.linked = article.linked();
    }

    /** Records the claims and conflicts of {@code doc}, stored under {@code versionId}. */
    public static void link(Connection connection, long versionId, Doc doc, StoryLinker.Linked linked)
            throws SQLException {
        link(connection, versionId, doc, linked, null);
    }

    /**
     * As {@link #link(Connection, long, Doc, StoryLinker.Linked)}, for a document read back from its
     * stored JSON (which holds no lemmas): with {@code prior}, the content words of each claim as
     * first analysed, by attribution id, an attribution is a claim exactly when it is in {@code prior},
     * with those words.
     */
    public static void relink(Connection connection, long versionId, Doc doc, StoryLinker.Linked linked,
            Map<String, List<String>> prior) throws SQLException {
        link(connection, versionId, doc, linked, Map.copyOf(prior));
    }

    /** The stored claims' content words of {@code versionId}, by attribution id (for {@link #relink}). */
    public static Map<String, List<String>> storedWords(Connection connection, long versionId) throws SQLException {
        Map<String, List<String>> words = new java.util.HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT attribution_id, words FROM claims WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    words.put(rows.getString(1), List.of(rows.getString(2).split(" ")));
                }
            }
        }
        return words;
    }

    private static void link(Connection connection, long versionId, Doc doc, StoryLinker.Linked linked,
            @Nullable Map<String, List<String>> prior) throws SQLException {
        ArticleContext article = new ArticleContext(connection, versionId, doc, linked);
        ClaimLinker linker = new ClaimLinker(article, prior);
        linker.claims();
        QuantityConflicts.link(article);
        if (linked.copyOf() == null) {
            linker.deniedEvents();
        }
    }

    // ---- claims and denials

    private void claims() throws SQLException {
        for (Attribution attribution : doc.attributions()) {
            Span content = attribution.content();
            List<String> words = prior == null ? ContentWords.of(doc, content.start(), content.end())
                    : prior.getOrDefault(attribution.id(), List.of());
            if (new java.util.HashSet<>(words).size() < MIN_WORDS) {
                continue;
            }
            String key = truncate(ContentWords.key(words), 400);
            @Nullable Long actor = attribution.source() == null || attribution.source().entity() == null ? null
                    : linked.actorOf().get(attribution.source().entity());
            @Nullable String sourceName = ArticleContext.sourceName(attribution);
            String certainty = attribution.certainty().name().toLowerCase(Locale.ROOT);
            @Nullable Long story = article.storyInside(content);
            insertClaim(attribution, key, actor, sourceName, certainty, words, story);
            Side here = new Side(versionId, doc.id(), oneLine(content.text()), sourceName, actor);
            if (linked.copyOf() != null) {
                continue;
            }
            if (attribution.certainty() == Certainty.DENIED) {
                denials(here, key, Set.copyOf(words), story, "certainty IN ('asserted', 'reported')", true);
            } else if (attribution.certainty() == Certainty.ASSERTED || attribution.certainty() == Certainty.REPORTED) {
                denials(here, key, Set.copyOf(words), story, "certainty = 'denied'", false);
            }
        }
    }

    private void insertClaim(Attribution attribution, String key, @Nullable Long actor, @Nullable String sourceName,
            String certainty, List<String> words, @Nullable Long story) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO claims (version_id, attribution_id, article_id, published, outlet, source_actor_id,
                    source_name, certainty, content_key, words, content_text, story_id, source_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, versionId);
            insert.setString(2, attribution.id());
            insert.setString(3, doc.id());
            setNullable(insert, 4, doc.article().published());
            setNullable(insert, 5, StoryLinker.outlet(doc));
            setLong(insert, 6, actor);
            setNullable(insert, 7, sourceName);
            insert.setString(8, certainty);
            insert.setString(9, key);
            insert.setString(10, String.join(" ", words));
            insert.setString(11, oneLine(attribution.content().text()));
            setLong(insert, 12, story);
            insert.setString(13, sourceKey(actor, sourceName));
            insert.executeUpdate();
        }
    }

    /** Conflicts of a claim here with stored claims of the other polarity (the {@code polarity} condition). */
    private void denials(Side here, String key, Set<String> words, @Nullable Long story, String polarity,
            boolean hereDenies) throws SQLException {
        String columns = "SELECT version_id, article_id, content_text, source_name, source_actor_id, words, story_id "
                + "FROM claims WHERE ";
        List<String> lookups = new ArrayList<>();
        String notCopy = String.format(NOT_A_COPY, "claims");
        lookups.add(columns + "content_key = ? AND article_id <> ? AND " + polarity + notCopy + " ORDER BY version_id");
        if (story != null) {
            lookups.add(columns + "story_id = ? AND article_id <> ? AND " + polarity + notCopy + " ORDER BY version_id");
        }
        for (String sql : lookups) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setMaxRows(CANDIDATES);
                if (sql.contains("content_key")) {
                    select.setString(1, key);
                } else {
                    select.setLong(1, story);
                }
                select.setString(2, doc.id());
                List<Side> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        boolean sameKey = sql.contains("content_key");
                        if (sameKey || ContentWords.jaccard(words, ContentWords.split(rows.getString(6)))
                                >= STORY_OVERLAP) {
                            long actor = rows.getLong(5);
                            @Nullable Long actorOrNull = rows.wasNull() ? null : actor;
                            found.add(new Side(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                    actorOrNull));
                        }
                    }
                }
                for (Side there : found) {
                    String detail = hereDenies
                            ? "denied by " + orSource(here.source()) + "; asserted by " + orSource(there.source())
                            : "denied by " + orSource(there.source()) + "; asserted by " + orSource(here.source());
                    ConflictWriter.insert(connection, "denial", story, detail, there, here);
                }
            }
        }
    }

    // ---- denied events

    private void deniedEvents() throws SQLException {
        for (Event event : doc.events()) {
            @Nullable Long story = linked.storyOf().get(event.id());
            EventFeatures f = linked.features().get(event.id());
            if (story == null || f == null) {
                continue;
            }
            boolean denied = f.status().equals("denied");
            boolean happened = f.status().equals("occurred") || f.status().equals("ongoing");
            if (!denied && !happened) {
                continue;
            }
            String other = denied ? "event_status IN ('occurred', 'ongoing')" : "event_status = 'denied'";
            List<Side> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version_id, article_id, sentence_text, actor_ids FROM story_events WHERE story_id = ? "
                            + "AND article_id <> ? AND trigger_lemma = ? AND " + other
                            + String.format(NOT_A_COPY, "story_events") + " ORDER BY version_id, event_id")) {
                select.setMaxRows(CANDIDATES);
                select.setLong(1, story);
                select.setString(2, doc.id());
                select.setString(3, f.lemma());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (sharesActor(f, rows.getString(4))) {
                            found.add(new Side(rows.getLong(1), rows.getString(2), rows.getString(3), null, null));
                        }
                    }
                }
            }
            Side here = new Side(versionId, doc.id(), f.sentence(), article.sourceAt(event.trigger()).orElse(null),
                    article.actorAt(event.trigger()));
            for (Side there : found) {
                String detail = denied ? "denied: " + f.lemma() + "; reported as having happened elsewhere"
                        : "reported as having happened: " + f.lemma() + "; denied elsewhere";
                ConflictWriter.insert(connection, "denial", story, detail, there, here);
            }
        }
    }

    /**
     * Who a claim is from, for telling the same claim across articles: its source's actor
     * ({@code a:12}), else its source's words in lower case ({@code n:local officials}), else nothing
     * (no source, or a pronoun) and the claim is matched with no other.
     */
    static String sourceKey(@Nullable Long actor, @Nullable String sourceName) {
        if (actor != null) {
            return "a:" + actor;
        }
        if (sourceName == null) {
            return "";
        }
        String name = sourceName.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return PRONOUNS.contains(name) ? "" : truncate("n:" + name, 400);
    }

    /** Whether the event has an actor among the space-separated actor ids of a stored one. */
    private static boolean sharesActor(EventFeatures f, String actorIds) {
        for (String id : actorIds.strip().split(" ")) {
            if (!id.isEmpty() && f.actorIds().contains(Long.parseLong(id))) {
                return true;
            }
        }
        return false;
    }

    private static String orSource(@Nullable String source) {
        return source == null ? "a source" : source;
    }
}
