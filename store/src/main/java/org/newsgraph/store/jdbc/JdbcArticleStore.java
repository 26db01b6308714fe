package org.newsgraph.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.newsgraph.io.output.DocumentJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stored;
import org.newsgraph.store.StoredVersion;
import org.newsgraph.store.actors.ActorIndex;
import org.newsgraph.store.actors.ActorLinker;
import org.newsgraph.store.claims.ClaimLinker;
import org.newsgraph.store.claims.ConflictIndex;
import org.newsgraph.store.stories.StoryIndex;
import org.newsgraph.store.stories.StoryLinker;

/**
 * The {@link ArticleStore} over one JDBC connection, for H2 and PostgreSQL alike. Calls are
 * serialised on that connection, so the store is thread-safe but writes one document at a time
 * (which is what H2 wants anyway). Each method is one transaction.
 */
public final class JdbcArticleStore implements ArticleStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SQLSTATE of a unique or primary-key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;
    private final String location;
    private boolean closed;

    private JdbcArticleStore(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /**
     * Connects, applies pending schema migrations and returns the store.
     *
     * @param location where the data is, for messages (never a password)
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static JdbcArticleStore open(DataSource dataSource, String location) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + location + ": " + e.getMessage(), e);
        }
        try {
            // Flyway connects on its own; ours stays open meanwhile so an embedded H2 is opened only once.
            Migrations.apply(dataSource);
            connection.setAutoCommit(false);
            JdbcArticleStore store = new JdbcArticleStore(connection, location);
            // What migrations cannot compute in SQL: surname keys (V7), signatures (V5) and stories (V6) of older rows.
            store.actors().indexSurnames();
            store.articles().backfill();
            store.stories().backfill();
            return store;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open the database " + location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Stored store(Doc doc) {
        Objects.requireNonNull(doc, "doc");
        ArticleKey key = ArticleKey.of(doc.article());
        String document = documentJson(doc);
        try {
            return inTransaction(() -> storeVersion(doc, key, document));
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StoreException("cannot store " + key.id() + ": " + e.getMessage(), e);
            }
            // Another process stored this article between our read and our insert: look again.
            try {
                return inTransaction(() -> storeVersion(doc, key, document));
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw new StoreException("cannot store " + key.id() + ": " + again.getMessage(), again);
            }
        }
    }

    private Stored storeVersion(Doc doc, ArticleKey key, String document) throws SQLException {
        List<StoredVersion> existing = readVersions(key.id(), false);
        for (StoredVersion version : existing) {
            if (version.key().equals(key)) {
                return new Stored(key, version.version(), Stored.Outcome.UNCHANGED);
            }
        }
        if (existing.isEmpty()) {
            update("INSERT INTO articles (article_id) VALUES (?)", key.id());
        } else {
            update("UPDATE article_versions SET is_latest = FALSE WHERE article_id = ? AND is_latest = TRUE",
                    key.id());
        }
        int number = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).version() + 1;
        long versionId = insertVersion(doc, key, number, document);
        new DocumentRows(connection, versionId, doc).insert();
        ActorLinker.link(connection, versionId, doc.entities());
        Optional<String> copyOf = org.newsgraph.store.dedup.NearDuplicates.record(connection, versionId, key.id(),
                doc.text());
        StoryLinker.Linked linked = StoryLinker.link(connection, versionId, doc, copyOf.orElse(null));
        ClaimLinker.link(connection, versionId, doc, linked);
        return new Stored(key, number, existing.isEmpty() ? Stored.Outcome.NEW_ARTICLE : Stored.Outcome.NEW_VERSION);
    }

    private long insertVersion(Doc doc, ArticleKey key, int number, String document) throws SQLException {
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

    @Override
    public synchronized boolean contains(ArticleKey key) {
        Objects.requireNonNull(key, "key");
        String sql = "SELECT 1 FROM article_versions WHERE article_id = ? AND text_sha256 = ?";
        return query("cannot look up " + key.id(), () -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, key.id());
                select.setString(2, key.sha256());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public synchronized List<ArticleKey> keys() {
        return query("cannot list the stored articles", () -> {
            List<ArticleKey> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, text_sha256 FROM article_versions");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new ArticleKey(rows.getString(1), rows.getString(2)));
                }
            }
            // Sorted here, not in SQL: the databases' collations differ.
            keys.sort(null);
            return List.copyOf(keys);
        });
    }

    @Override
    public synchronized Optional<StoredVersion> findLatest(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return query("cannot read " + articleId,
                () -> readVersions(articleId, true).stream().filter(StoredVersion::latest).findFirst());
    }

    @Override
    public synchronized List<StoredVersion> versions(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return query("cannot read " + articleId, () -> readVersions(articleId, true));
    }

    /** The article's versions, oldest first; without their documents unless asked (they can be large). */
    private List<StoredVersion> readVersions(String articleId, boolean withDocuments) throws SQLException {
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

    @Override
    public synchronized StoreCounts counts() {
        return query("cannot count the stored rows", () -> new StoreCounts(count("articles"),
                count("article_versions"), count("entities"), count("mentions"), count("roles"),
                count("attributions"), count("events"), count("event_actors")));
    }

    private long count(String table) throws SQLException {
        // The table name is one of the constants above, never input.
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public ActorIndex actors() {
        return new ActorIndex(this::actorWork);
    }

    @Override
    public org.newsgraph.store.events.EventIndex events() {
        return new org.newsgraph.store.events.EventIndex(this::actorWork);
    }

    @Override
    public org.newsgraph.store.dedup.ArticleIndex articles() {
        return new org.newsgraph.store.dedup.ArticleIndex(this::actorWork);
    }

    @Override
    public StoryIndex stories() {
        return new StoryIndex(this::actorWork);
    }

    @Override
    public ConflictIndex conflicts() {
        return new ConflictIndex(this::actorWork);
    }

    @Override
    public org.newsgraph.store.network.NetworkIndex network() {
        return new org.newsgraph.store.network.NetworkIndex(this::actorWork);
    }

    /** Runs the actor index's work in one transaction on this store's connection. */
    private synchronized <T> T actorWork(String what, org.newsgraph.store.actors.SqlWork<T> work) {
        return query(what, () -> work.run(connection));
    }

    @Override
    public org.newsgraph.store.rebuild.Rebuilt rebuild(boolean force,
            org.newsgraph.store.rebuild.Rebuild.Progress progress) {
        return new org.newsgraph.store.rebuild.Rebuild(this::actorWork).run(force, progress);
    }

    @Override
    public org.newsgraph.store.FeedLog feeds() {
        return new org.newsgraph.store.FeedLog(this::actorWork);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + location + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    private <T> T query(String what, SqlWork<T> work) {
        try {
            return inTransaction(work);
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} and commits, or rolls back and rethrows. */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        if (closed) {
            throw new StoreException("the store " + location + " is closed");
        }
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private static String documentJson(Doc doc) {
        try {
            return JSON.writeValueAsString(DocumentJson.toJson(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
