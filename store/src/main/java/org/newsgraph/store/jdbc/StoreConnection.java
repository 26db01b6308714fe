package org.newsgraph.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.SqlWork;
import org.newsgraph.store.actors.Transactions;

/**
 * The store's one JDBC connection: runs units of work in transactions on it, and connects again
 * through the data source when the connection was lost (an H2 auto-server whose process exited, a
 * restarted PostgreSQL), running the interrupted unit once more. Not thread-safe: the store calls it
 * under its own lock.
 */
final class StoreConnection implements Transactions {

    /** H2's error codes for a connection whose database went away: broken, closed, closed at shutdown. */
    private static final Set<Integer> H2_LOST = Set.of(90067, 90098, 90121);
    /** How often, and how far apart, to try to connect again after the connection was lost. */
    private static final int RECONNECT_TRIES = 40;
    private static final long RECONNECT_PAUSE_MS = 250;

    private final DataSource dataSource;
    private final String location;
    private final boolean readOnly;
    private Connection connection;
    private boolean closed;

    /** Takes over {@code connection}, already set to manual commits (and read-only if {@code readOnly}). */
    StoreConnection(DataSource dataSource, Connection connection, String location, boolean readOnly) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.location = location;
        this.readOnly = readOnly;
    }

    /** A new connection from {@code dataSource}. @throws StoreException if the database cannot be reached */
    static Connection connect(DataSource dataSource, String location) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + location + ": " + Errors.oneLine(e), e);
        }
    }

    /** Closes {@code connection} after opening the store failed with {@code e}, and says why it failed. */
    static StoreException closing(Connection connection, String location, Exception e) {
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

    /** Runs {@code work} in one transaction; a failure becomes a {@link StoreException} starting with {@code what}. */
    @Override
    public <T> T run(String what, SqlWork<T> work) {
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
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        if (closed) {
            throw new StoreException("the store " + location + " is closed");
        }
        try {
            return attempt(work);
        } catch (SQLException | RuntimeException e) {
            if (!lost(e)) {
                throw e;
            }
            reconnect(e);
            return attempt(work);
        }
    }

    /** Where the data is, for messages (never a password). */
    String location() {
        return location;
    }

    /** Closes the connection; later calls fail. Closing twice does nothing. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + location + ": " + Errors.oneLine(e), e);
        }
    }

    private <T> T attempt(SqlWork<T> work) throws SQLException {
        try {
            T result = work.run(connection);
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

    /** Replaces the lost connection; an H2 auto-server may take a moment to pass from an exiting process to another. */
    private void reconnect(Exception cause) throws SQLException {
        try {
            connection.close();
        } catch (SQLException closing) {
            cause.addSuppressed(closing);
        }
        SQLException last = null;
        for (int attempt = 0; attempt < RECONNECT_TRIES; attempt++) {
            try {
                Connection fresh = dataSource.getConnection();
                fresh.setAutoCommit(false);
                fresh.setReadOnly(readOnly);
                connection = fresh;
                return;
            } catch (SQLException e) {
                last = e;
                pause();
            }
        }
        throw Objects.requireNonNull(last, "at least one attempt");
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while connecting to the database again", e);
        }
    }

    /** Whether {@code e} says the connection or its database went away (not that a statement failed). */
    static boolean lost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                boolean h2 = H2_LOST.contains(sql.getErrorCode()) && String.valueOf(sql.getErrorCode()).equals(state);
                if (h2 || state != null && (state.startsWith("08") || state.equals("57P01"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
