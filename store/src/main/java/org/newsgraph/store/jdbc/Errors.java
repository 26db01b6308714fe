package org.newsgraph.store.jdbc;

import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Short, one-line descriptions of database failures, for {@link org.newsgraph.store.StoreException} messages. */
final class Errors {

    /** SQLSTATE of PostgreSQL's insufficient_privilege. */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private Errors() {
    }

    /**
     * The first line of the message of {@code e}, or of its innermost cause with a message: H2 appends
     * the SQL statement on further lines, Flyway a whole report.
     */
    static String oneLine(Throwable e) {
        String message = firstLine(e.getMessage());
        if (message == null) {
            Throwable cause = e.getCause();
            return cause != null && cause != e ? oneLine(cause) : e.getClass().getSimpleName();
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            // pgjdbc says only "The connection attempt failed." when the host name does not resolve.
            if (cause instanceof UnknownHostException) {
                return message + " (unknown host " + cause.getMessage() + ")";
            }
        }
        return message;
    }

    /** The first SQLException in the causes of {@code e} (itself included), if any. */
    static @Nullable SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static @Nullable String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
    }
}
