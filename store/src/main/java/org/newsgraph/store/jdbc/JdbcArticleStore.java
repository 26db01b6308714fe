package org.newsgraph.store.jdbc;

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
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.FeedLog;
import org.newsgraph.store.StoreChanges;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stored;
import org.newsgraph.store.StoredVersion;
import org.newsgraph.store.actors.ActorIndex;
import org.newsgraph.store.actors.SqlWork;
import org.newsgraph.store.actors.Transactions;
import org.newsgraph.store.claims.ConflictIndex;
import org.newsgraph.store.dedup.ArticleIndex;
import org.newsgraph.store.events.EventIndex;
import org.newsgraph.store.network.NetworkIndex;
import org.newsgraph.store.rebuild.Rebuild;
import org.newsgraph.store.rebuild.Rebuilt;
import org.newsgraph.store.stories.StoryIndex;

/**
 * The {@link ArticleStore} over one JDBC connection, for H2 and PostgreSQL alike. Calls are
 * serialised on that connection, so the store is thread-safe but writes one document at a time
 * (which is what H2 wants anyway). Each method is one transaction; {@link StoreConnection} runs them
 * and {@link ArticleVersions} writes the version rows.
 */
public final class JdbcArticleStore implements ArticleStore {

    /** Most connections {@link #forQuestions()} reads on at once: a few per core, as questions also wait for I/O. */
    private static final int QUESTION_CONNECTIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final StoreConnection connection;
    private final boolean readOnly;
    private boolean closed;
    private @Nullable ReadConnections questionConnections;
    private @Nullable QuestionStore questions;

    private JdbcArticleStore(StoreConnection connection, boolean readOnly) {
        this.connection = connection;
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
        Connection connection = StoreConnection.connect(dataSource, location);
        try {
            // Flyway connects on its own; ours stays open meanwhile so an embedded H2 is opened only once.
            Migrations.apply(dataSource, location);
            connection.setAutoCommit(false);
            JdbcArticleStore store = new JdbcArticleStore(
                    new StoreConnection(dataSource, connection, location, false), false);
            // What migrations cannot compute in SQL: surname keys (V7), signatures (V5) and stories (V6) of older rows.
            store.actors().indexSurnames();
            store.articles().backfill();
            store.stories().backfill();
            return store;
        } catch (SQLException | RuntimeException e) {
            throw StoreConnection.closing(connection, location, e);
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
        Connection connection = StoreConnection.connect(dataSource, location);
        try {
            int pending = Migrations.pending(dataSource, location);
            if (pending > 0) {
                throw new StoreException("cannot read the store " + location + ": it is read-only and its schema "
                        + "lacks " + pending + " migration(s) of this newsgraph; open it once where it can be written");
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return new JdbcArticleStore(new StoreConnection(dataSource, connection, location, true), true);
        } catch (SQLException | RuntimeException e) {
            throw StoreConnection.closing(connection, location, e);
        }
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
        String document = ArticleVersions.documentJson(doc);
        SqlWork<Stored> work = c -> ArticleVersions.store(c, doc, key, document);
        try {
            return connection.inTransaction(work);
        } catch (SQLException e) {
            if (!Transactions.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StoreException("cannot store " + key.id() + ": " + Errors.oneLine(e), e);
            }
            // Another process stored this article between our read and our insert: look again.
            try {
                return connection.inTransaction(work);
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw new StoreException("cannot store " + key.id() + ": " + again.getMessage(), again);
            }
        }
    }

    @Override
    public synchronized boolean contains(ArticleKey key) {
        Objects.requireNonNull(key, "key");
        String sql = "SELECT 1 FROM article_versions WHERE article_id = ? AND text_sha256 = ?";
        return work("cannot look up " + key.id(), c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
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
        return work("cannot list the stored articles", c -> {
            List<ArticleKey> keys = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
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
        return work("cannot read " + articleId, c -> ArticleVersions.read(c, articleId, true).stream()
                .filter(StoredVersion::latest).findFirst());
    }

    @Override
    public synchronized List<StoredVersion> versions(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return work("cannot read " + articleId, c -> ArticleVersions.read(c, articleId, true));
    }

    @Override
    public synchronized StoreCounts counts() {
        return work("cannot count the stored rows", c -> new StoreCounts(count(c, "articles"),
                count(c, "article_versions"), count(c, "entities"), count(c, "mentions"), count(c, "roles"),
                count(c, "attributions"), count(c, "events"), count(c, "event_actors")));
    }

    private static long count(Connection connection, String table) throws SQLException {
        // The table name is one of the constants above, never input.
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public ActorIndex actors() {
        return new ActorIndex(this::work);
    }

    @Override
    public EventIndex events() {
        return new EventIndex(this::work);
    }

    @Override
    public ArticleIndex articles() {
        return new ArticleIndex(this::work);
    }

    @Override
    public StoryIndex stories() {
        return new StoryIndex(this::work);
    }

    @Override
    public ConflictIndex conflicts() {
        return new ConflictIndex(this::work);
    }

    @Override
    public NetworkIndex network() {
        return new NetworkIndex(this::work);
    }

    @Override
    public Rebuilt rebuild(boolean force, Rebuild.Progress progress) {
        return new Rebuild(this::work).run(force, progress);
    }

    @Override
    public FeedLog feeds() {
        return new FeedLog(this::work);
    }

    /** Runs {@code work} in one transaction on this store's connection (the {@link Transactions} of its indexes). */
    private synchronized <T> T work(String what, SqlWork<T> work) {
        return connection.run(what, work);
    }

    @Override
    public String location() {
        return connection.location();
    }

    @Override
    public long changes() {
        return work("cannot read the change mark of " + location(), StoreChanges::current);
    }

    /**
     * The store for questions asked at once: its indexes read on up to {@value #QUESTION_CONNECTIONS}
     * pooled connections of their own, opened when first needed and closed with this store.
     */
    @Override
    public synchronized ArticleStore forQuestions() {
        if (closed) {
            throw new StoreException("the store " + location() + " is closed");
        }
        if (questions == null) {
            questionConnections = new ReadConnections(connection.dataSource(), readOnly, QUESTION_CONNECTIONS);
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
        connection.close();
    }
}
