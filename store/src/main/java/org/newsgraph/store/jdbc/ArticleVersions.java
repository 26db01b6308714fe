package org.newsgraph.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.StoreChanges;
import org.newsgraph.store.Stored;
import org.newsgraph.store.StoredVersion;
import org.newsgraph.store.actors.ActorLinker;
import org.newsgraph.store.claims.ClaimLinker;
import org.newsgraph.store.dedup.NearDuplicates;
import org.newsgraph.store.stories.StoryLinker;

/**
 * The rows of an article's versions: reads them, and stores a new version with its document JSON,
 * its document rows and what links it to actors, near-duplicates, stories and claims. Runs inside
 * the caller's transaction and neither commits nor rolls back. Stateless, hence thread-safe.
 */
final class ArticleVersions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleVersions() {
    }

    /** {@code doc}'s {@code newsgraph/document@1} JSON, as stored in a version row. */
    static String documentJson(Doc doc) {
        try {
            return JSON.writeValueAsString(DocumentJson.toJson(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Stores {@code doc} as a new version of its article unless a version with its text exists;
     * {@code document} is its JSON ({@link #documentJson}).
     */
    static Stored store(Connection connection, Doc doc, ArticleKey key, String document) throws SQLException {
        List<StoredVersion> existing = read(connection, key.id(), false);
        for (StoredVersion version : existing) {
            if (version.key().equals(key)) {
                return new Stored(key, version.version(), Stored.Outcome.UNCHANGED);
            }
        }
        if (existing.isEmpty()) {
            update(connection, "INSERT INTO articles (article_id) VALUES (?)", key.id());
        } else {
            update(connection,
                    "UPDATE article_versions SET is_latest = FALSE WHERE article_id = ? AND is_latest = TRUE",
                    key.id());
        }
        int number = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).version() + 1;
        long versionId = insert(connection, doc, key, number, document);
        new DocumentRows(connection, versionId, doc).insert();
        ActorLinker.link(connection, versionId, doc.entities());
        Optional<String> copyOf = NearDuplicates.record(connection, versionId, key.id(), doc.text());
        StoryLinker.Linked linked = StoryLinker.link(connection, versionId, doc, copyOf.orElse(null));
        ClaimLinker.link(connection, versionId, doc, linked);
        StoreChanges.record(connection);
        return new Stored(key, number, existing.isEmpty() ? Stored.Outcome.NEW_ARTICLE : Stored.Outcome.NEW_VERSION);
    }

    /** The article's versions, oldest first; without their documents unless asked (they can be large). */
    static List<StoredVersion> read(Connection connection, String articleId, boolean withDocuments)
            throws SQLException {
        String sql = "SELECT text_sha256, version_no, is_latest, " + (withDocuments ? "document" : "''")
                + " FROM article_versions WHERE article_id = ? ORDER BY version_no";
        List<StoredVersion> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new StoredVersion(new ArticleKey(articleId, rows.getString(1)), rows.getInt(2),
                            rows.getBoolean(3), rows.getString(4)));
                }
            }
        }
        return List.copyOf(versions);
    }

    private static long insert(Connection connection, Doc doc, ArticleKey key, int number, String document)
            throws SQLException {
        String sql = """
                INSERT INTO article_versions (article_id, version_no, text_sha256, is_latest, title, published, url,
                    source, language, text_length, document)
                VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?)""";
        Article article = doc.article();
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"version_id"})) {
            insert.setString(1, key.id());
            insert.setInt(2, number);
            insert.setString(3, key.sha256());
            DocumentRows.setNullable(insert, 4, article.title());
            DocumentRows.setNullable(insert, 5, article.published());
            DocumentRows.setNullable(insert, 6, article.url());
            DocumentRows.setNullable(insert, 7, article.source());
            DocumentRows.setNullable(insert, 8, doc.language());
            insert.setInt(9, article.text().length());
            insert.setString(10, document);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no version_id for the new version");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
