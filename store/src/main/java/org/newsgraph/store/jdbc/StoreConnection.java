package org.newsgraph.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
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
            if (!Reconnection.lost(e)) {
                throw e;
            }
            connection = Reconnection.replace(connection, dataSource, readOnly, e);
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

    /** The data source it connects through (the store's pooled question connections use it too). */
    DataSource dataSource() {
        return dataSource;
    }

    private <T> T attempt(SqlWork<T> work) throws SQLException {
        return ReadConnections.attempt(connection, work);
    }
}
