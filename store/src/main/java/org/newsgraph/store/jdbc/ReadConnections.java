package org.newsgraph.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.SqlWork;
import org.newsgraph.store.actors.Transactions;

/**
 * Runs read-only questions in transactions of their own on a few pooled connections, so that
 * questions asked at once (a server's requests) run side by side instead of one after another on
 * the store's one connection. Connections are opened when first needed, at most {@code size} at a
 * time; a lost one is replaced and its transaction run once more, as the store does. Thread-safe.
 */
final class ReadConnections implements Transactions, AutoCloseable {

    private final DataSource dataSource;
    private final boolean readOnly;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    /**
     * @param readOnly whether the connections are marked read-only (the store is)
     * @param size     most connections open at once, positive
     */
    ReadConnections(DataSource dataSource, boolean readOnly, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.readOnly = readOnly;
        this.permits = new Semaphore(size, true);
    }

    @Override
    public <T> T run(String what, SqlWork<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + ": interrupted while waiting for a connection", e);
        }
        Connection connection = null;
        try {
            connection = take();
            try {
                T result = attempt(connection, work);
                give(connection);
                connection = null;
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!Reconnection.lost(e)) {
                    give(connection);
                    connection = null;
                    throw e;
                }
                connection = Reconnection.replace(connection, dataSource, readOnly, e);
                T result = attempt(connection, work);
                give(connection);
                connection = null;
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException(what + ": " + Errors.oneLine(e), e);
        } finally {
            if (connection != null) {
                quietlyClose(connection);
            }
            permits.release();
        }
    }

    /** Runs {@code work} on {@code connection} and commits, or rolls back and rethrows. */
    static <T> T attempt(Connection connection, SqlWork<T> work) throws SQLException {
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

    private Connection take() throws SQLException {
        synchronized (idle) {
            if (closed) {
                throw new StoreException("the store is closed");
            }
            Connection pooled = idle.poll();
            if (pooled != null) {
                return pooled;
            }
        }
        Connection fresh = dataSource.getConnection();
        fresh.setAutoCommit(false);
        fresh.setReadOnly(readOnly);
        return fresh;
    }

    private void give(Connection connection) {
        synchronized (idle) {
            if (!closed) {
                idle.push(connection);
                return;
            }
        }
        quietlyClose(connection);
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken or closed: nothing more to release.
        }
    }

    /** Closes the idle connections; those in use are closed when their questions end. */
    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(ReadConnections::quietlyClose);
            idle.clear();
        }
    }
}
