package org.newsgraph.store.rebuild;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentFormatException;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.model.Doc;
import org.newsgraph.store.StoreChanges;
import org.newsgraph.store.actors.ActorLinker;
import org.newsgraph.store.actors.Transactions;
import org.newsgraph.store.claims.ClaimLinker;
import org.newsgraph.store.dedup.NearDuplicates;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.StoryLinker;

/**
 * Recomputes a store's cross-article results from its stored documents in one canonical order, so
 * that they depend on which article versions are stored and on the analyst's corrections, never on
 * the order, threads or interruptions in which they were stored. Storing links each new article to
 * what is stored before it (a surname to the full names stored so far, an event to the stories
 * formed so far, a wire copy to the earliest similar article stored): the same articles stored in
 * another order can give other actors and stories. A rebuild removes every actor link, actor
 * (except those an analyst's merge or split pinned a name key or Wikipedia title to), near-duplicate
 * link, story, claim and conflict, then links every version again as storing does, in the canonical
 * order: by publication date (undated last), then article id, then version number. Stories and
 * claims are made for the latest versions only, as storing leaves them.
 *
 * <p>The stored JSON holds no tokens: each event keeps the trigger lemma, sentence and words, and each
 * claim the content words, computed when it was first analysed (read from the story and claim rows
 * before they are removed), so rebuilt stories match as freshly stored ones do.
 *
 * <p>All of it is one transaction: an interrupted rebuild leaves the store as it was, and running it
 * again completes it. A rebuild records a fingerprint of the versions and corrections it rebuilt
 * from; a second rebuild of an unchanged store does nothing, unless forced. Other writers should not
 * write meanwhile (they wait for the transaction, or fail on a lock timeout). Stateless.
 */
public final class Rebuild {

    /** The mark under which the fingerprint of the last rebuild is kept. */
    static final String MARK = "rebuilt";

    /** Told after each version is linked again. */
    @FunctionalInterface
    public interface Progress {
        void linked(int done, int total);
    }

    private final Transactions transactions;

    public Rebuild(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Rebuilds, unless the store was last rebuilt from exactly its present versions and corrections
     * and {@code force} is false.
     */
    public Rebuilt run(boolean force, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        return transactions.run("cannot rebuild the store", connection -> {
            String fingerprint = fingerprint(connection);
            if (!force && fingerprint.equals(mark(connection).orElse(null))) {
                return counts(connection, false, 0, 0);
            }
            List<Version> versions = canonicalOrder(versions(connection));
            Map<Long, Integer> rank = new HashMap<>();
            for (int i = 0; i < versions.size(); i++) {
                rank.put(versions.get(i).id(), i);
            }
            Map<Long, Map<String, EventFeatures>> events = new HashMap<>();
            Map<Long, Map<String, List<String>>> claims = new HashMap<>();
            for (Version version : versions) {
                if (version.latest()) {
                    events.put(version.id(), StoryLinker.storedFeatures(connection, version.id()));
                    claims.put(version.id(), ClaimLinker.storedWords(connection, version.id()));
                }
            }
            clear(connection);
            int skipped = 0;
            for (int i = 0; i < versions.size(); i++) {
                Version version = versions.get(i);
                @Nullable Doc doc = document(connection, version.id());
                if (doc == null) {
                    skipped++;
                } else {
                    ActorLinker.link(connection, version.id(), doc.entities());
                    Optional<String> copyOf = NearDuplicates.recordInOrder(connection, version.id(),
                            version.articleId(), doc.text(), rank);
                    if (version.latest()) {
                        relinkStories(connection, version.id(), doc, copyOf.orElse(null),
                                events.get(version.id()), claims.get(version.id()));
                    }
                }
                progress.linked(i + 1, versions.size());
            }
            setMark(connection, fingerprint);
            StoreChanges.record(connection);
            return counts(connection, true, versions.size(), skipped);
        });
    }

    private static void relinkStories(Connection connection, long versionId, Doc doc, @Nullable String copyOf,
            Map<String, EventFeatures> events, Map<String, List<String>> claims) throws SQLException {
        StoryLinker.Linked linked = StoryLinker.relink(connection, versionId, doc, copyOf, events);
        // A version linked before claims existed has no claim rows, but maybe stories: words from the doc then.
        if (claims.isEmpty() && events.isEmpty()) {
            ClaimLinker.link(connection, versionId, doc, linked);
        } else {
            ClaimLinker.relink(connection, versionId, doc, linked, claims);
        }
    }

    /** An article version as ordering needs it. */
    record Version(long id, String articleId, int number, boolean latest, @Nullable String published) {
    }

    /** The {@link CanonicalOrder} of the articles, then version number. */
    static List<Version> canonicalOrder(List<Version> versions) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing((Version v) -> CanonicalOrder.key(v.articleId(), v.published()))
                .thenComparingInt(Version::number));
        return sorted;
    }

    private static List<Version> versions(Connection connection) throws SQLException {
        List<Version> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version_id, article_id, version_no, is_latest, published FROM article_versions");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.add(new Version(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getBoolean(4),
                        rows.getString(5)));
            }
        }
        return versions;
    }

    /** Removes every cross-article result but the actors and keys of analysts' corrections. */
    private static void clear(Connection connection) throws SQLException {
        for (String sql : List.of("DELETE FROM conflicts", "DELETE FROM story_quantities", "DELETE FROM claims",
                "DELETE FROM story_keys", "DELETE FROM story_articles", "DELETE FROM story_events",
                "DELETE FROM stories", "DELETE FROM article_bands", "DELETE FROM article_signatures",
                "UPDATE article_versions SET copy_of = NULL WHERE copy_of IS NOT NULL")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.executeUpdate();
            }
        }
        ActorLinker.unlinkAll(connection);
    }

    private static @Nullable Doc document(Connection connection, long versionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM article_versions WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                return DocumentReader.read(rows.getString(1));
            }
        } catch (DocumentFormatException unreadable) {
            return null;
        }
    }

    /**
     * A digest of what a rebuild's result depends on: every version's id, article, number, text hash,
     * latest flag and date, and the analysts' corrections.
     */
    static String fingerprint(Connection connection) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        List<String> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version_id, article_id, version_no, text_sha256, is_latest, published FROM article_versions");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getLong(1) + "\t" + rows.getString(2) + "\t" + rows.getInt(3) + "\t" + rows.getString(4)
                        + "\t" + rows.getBoolean(5) + "\t" + rows.getString(6));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT override_id, operation, details FROM actor_overrides");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                lines.add("override\t" + rows.getLong(1) + "\t" + rows.getString(2) + "\t" + rows.getString(3));
            }
        }
        lines.sort(null);
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Optional<String> mark(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT mark_value FROM store_marks WHERE mark_name = ?")) {
            select.setString(1, MARK);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setMark(Connection connection, String value) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM store_marks WHERE mark_name = ?")) {
            delete.setString(1, MARK);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_marks (mark_name, mark_value) VALUES (?, ?)")) {
            insert.setString(1, MARK);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static Rebuilt counts(Connection connection, boolean rebuilt, int versions, int skipped)
            throws SQLException {
        return new Rebuilt(rebuilt, versions, skipped, count(connection, "SELECT COUNT(*) FROM actors"),
                count(connection, "SELECT COUNT(*) FROM entity_actors"),
                count(connection, "SELECT COUNT(*) FROM stories"),
                count(connection, "SELECT COUNT(*) FROM article_versions WHERE is_latest = TRUE AND copy_of IS NOT NULL"),
                count(connection, "SELECT COUNT(*) FROM claims"),
                count(connection, "SELECT COUNT(*) FROM conflicts"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
