package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreChanges;

/**
 * Runs {@link SqlWork} in one transaction of the store: commits when it returns, rolls back and
 * throws {@link org.newsgraph.store.StoreException} (with {@code what} in its message) when it fails.
 */
@FunctionalInterface
public interface Transactions {

    /** SQLSTATE of a unique or primary-key violation, the same in H2 and PostgreSQL. */
    String UNIQUE_VIOLATION = "23505";

    <T> T run(String what, SqlWork<T> work);

    /** What a backfill does to one row, in its own transaction: returns 1 if it did it, 0 if not needed. */
    @FunctionalInterface
    interface RowWork {
        int apply(Connection connection, long id) throws SQLException;
    }

    /**
     * A backfill: the ids {@code select} finds (one long column), then {@code work} on each in a
     * transaction of its own, so that an interruption keeps what was done. An id another process
     * handled first (a unique-key violation) is skipped. Returns the sum of {@code work}'s results.
     */
    default int forEach(String what, String select, RowWork work) {
        List<Long> ids = run("cannot find " + what, connection -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(select);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        });
        int done = 0;
        for (long id : ids) {
            try {
                done += run("cannot backfill " + what + ": row " + id,
                        connection -> StoreChanges.recordIf(connection, work.apply(connection, id)));
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw e;
                }
            }
        }
        return done;
    }
}
