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
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.output.DocumentJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.StoreChanges;
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

    /** Most connections {@link #forQuestions()} reads on at once: a few per core, as questions also wait for I/O. */
    private static final int QUESTION_CONNECTIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final DataSource dataSource;
    private final String location;
    private final boolean readOnly;
    private Connection connection;
    private boolean closed;
    private @Nullable ReadConnections questionConnections;
    private @Nullable QuestionStore questions;

    private JdbcArticleStore(DataSource dataSource, Connection connection, String location, boolean readOnly) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.location = location;
        this.readOnly = readOnly;
    }

    /**
     * Connects, applies pending schema migrations and returns the store. Should the connection be
     * lost later (an H2 auto-server whose process exited, a restarted PostgreSQL), the store connects
     * again through {@code dataSource} and runs the interrupted transaction once more.
     *
     * @param location where the data is, for messages (never a password)
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static JdbcArticleStore open(DataSource dataSource, String location) {
        Connection connection = connect(dataSource, location);
        try {
            // Flyway connects on its own; ours stays open meanwhile so an embedded H2 is opened only once.
            Migrations.apply(dataSource, location);
            connection.setAutoCommit(false);
            JdbcArticleStore store = new JdbcArticleStore(dataSource, connection, location, false);
            // What migrations cannot compute in SQL: surname keys (V7), signatures (V5) and stories (V6) of older rows.
            store.actors().indexSurnames();
            store.articles().backfill();
            store.stories().backfill();
            return store;
        } catch (SQLException | RuntimeException e) {
            throw closing(connection, location, e);
        }
    }

    /**
     * Connects to a database that cannot be written and returns the store, for reading: its schema
     * must be up to date already (nothing is migrated or backfilled), and every writing call fails
     * with a {@link StoreException}.
     *
     * @throws StoreException if the database cannot be reached or its schema is older than this code's
     */
    public static JdbcArticleStore openReadOnly(DataSource dataSource, String location) {
        Connection connection = connect(dataSource, location);
        try {
            int pending = Migrations.pending(dataSource, location);
            if (pending > 0) {
                throw new StoreException("cannot read the store " + location + ": it is read-only and its schema "
                        + "lacks " + pending + " migration(s) of this newsgraph; open it once where it can be written");
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return new JdbcArticleStore(dataSource, connection, location, true);
        } catch (SQLException | RuntimeException e) {
            throw closing(connection, location, e);
        }
    }

    private static Connection connect(DataSource dataSource, String location) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + location + ": " + Errors.oneLine(e), e);
        }
    }

    private static StoreException closing(Connection connection, String location, Exception e) {
        try {
            connection.close();
        } catch (SQLException closing) {
            e.addSuppressed(closing);
        }
        if (e instanceof StoreException store) {
            return store;
        }
        return new StoreException("cannot open the database " + location + ": " + Errors.oneLine(e), e);
    }

    /** Whether this store was opened read-only ({@link #openReadOnly}); writing then fails. */
    @Override
    public boolean readOnly() {
        return readOnly;
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
                throw new StoreException("cannot store " + key.id() + ": " + Errors.oneLine(e), e);
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
        StoreChanges.record(connection);
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
    public long changes() {
        return actorWork("cannot read the change mark of " + location, StoreChanges::current);
    }

    /**
     * The store for questions asked at once: its indexes read on up to {@value #QUESTION_CONNECTIONS}
     * pooled connections of their own, opened when first needed and closed with this store.
     */
    @Override
    public synchronized ArticleStore forQuestions() {
        if (closed) {
            throw new StoreException("the store " + location + " is closed");
        }
        if (questions == null) {
            questionConnections = new ReadConnections(dataSource, readOnly, QUESTION_CONNECTIONS);
            questions = new QuestionStore(this, questionConnections);
        }
        return questions;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (questionConnections != null) {
            questionConnections.close();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + location + ": " + Errors.oneLine(e), e);
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
            throw new StoreException(what + ": " + Errors.oneLine(e), e);
        }
    }

    /**
     * Runs {@code work} and commits, or rolls back and rethrows. If the connection was lost, connects
     * again and runs it once more: the database rolled the lost transaction back, and every unit of
     * work here reads before it writes, so running it again is safe.
     */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        if (closed) {
            throw new StoreException("the store " + location + " is closed");
        }
        try {
            return attempt(work);
        } catch (SQLException | RuntimeException e) {
            if (!Reconnection.lost(e)) {
                throw e;
            }
            connection = Reconnection.replace(connection, dataSource, readOnly, e);
            return attempt(work);
        }
    }

    private <T> T attempt(SqlWork<T> work) throws SQLException {
        return ReadConnections.attempt(connection, c -> work.run());
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
