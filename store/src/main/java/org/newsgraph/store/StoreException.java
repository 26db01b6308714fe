package org.newsgraph.store;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A store operation failed. {@link #isDataError()} tells a problem with one article's data (a value
 * the schema refuses) from one with the database itself (unreachable, closed, out of space), after
 * which the caller should stop.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String sqlState;

    public StoreException(String message) {
        super(message);
        this.sqlState = null;
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
    }

    /** True if the database refused this article's data (SQLSTATE class 22 or 23); others may still store. */
    public boolean isDataError() {
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"));
    }
}
