package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's change mark: a number, kept in {@code store_marks} under {@code changes}, that each
 * transaction changing what questions answer raises by one (a new article version, an analyst's
 * merge or split, a rebuild, a backfill that did something), inside that transaction. A reader that
 * saw the same mark before and after may keep what it answered: nothing that counts has changed.
 * Raising it locks its one row until the transaction ends, so it comes last in a writing
 * transaction. Stateless.
 */
public final class StoreChanges {

    private static final String NAME = "changes";

    private StoreChanges() {
    }

    /** Raises the mark, inside the caller's writing transaction. */
    public static void record(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE store_marks SET mark_value = "
                + "CAST(CAST(mark_value AS BIGINT) + 1 AS VARCHAR(1000)) WHERE mark_name = ?")) {
            update.setString(1, NAME);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_marks (mark_name, mark_value) VALUES (?, '1')")) {
            insert.setString(1, NAME);
            insert.executeUpdate();
        }
    }

    /** {@code done}, having raised the mark if it is positive (a backfill or link that did something). */
    public static int recordIf(Connection connection, int done) throws SQLException {
        if (done > 0) {
            record(connection);
        }
        return done;
    }

    /** The mark as of the caller's transaction; 0 before any change was recorded. */
    public static long current(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT mark_value FROM store_marks WHERE mark_name = ?")) {
            select.setString(1, NAME);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Long.parseLong(rows.getString(1).strip()) : 0;
            }
        }
    }
}
