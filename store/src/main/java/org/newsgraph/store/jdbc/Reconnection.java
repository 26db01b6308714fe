package org.newsgraph.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.newsgraph.store.StoreException;

/**
 * What the store does when its database goes away under a connection (an H2 auto-server whose
 * process exited, a restarted PostgreSQL): tell such a failure from a statement's own, and connect
 * again, waiting a moment for an H2 auto-server to pass from an exiting process to another.
 * Stateless.
 */
final class Reconnection {

    /** H2's error codes for a connection whose database went away: broken, closed, closed at shutdown. */
    private static final Set<Integer> H2_LOST = Set.of(90067, 90098, 90121);
    /** How often, and how far apart, to try to connect again after the connection was lost. */
    private static final int TRIES = 40;
    private static final long PAUSE_MS = 250;

    private Reconnection() {
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

    /**
     * Closes the lost connection and returns a new one, in manual-commit mode and read-only if asked.
     *
     * @throws SQLException the last failure if no connection could be made in about ten seconds
     */
    static Connection replace(Connection lost, DataSource dataSource, boolean readOnly, Exception cause)
            throws SQLException {
        try {
            lost.close();
        } catch (SQLException closing) {
            cause.addSuppressed(closing);
        }
        SQLException last = null;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            try {
                Connection fresh = dataSource.getConnection();
                fresh.setAutoCommit(false);
                fresh.setReadOnly(readOnly);
                return fresh;
            } catch (SQLException e) {
                last = e;
                pause();
            }
        }
        throw Objects.requireNonNull(last, "at least one attempt");
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while connecting to the database again", e);
        }
    }
}
