package org.newsgraph.store.jdbc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
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
        IOException io = ioCause(e, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (io != null && io.getMessage() != null) {
            // H2 wraps a failed write (a full disk) in three layers that name a file channel, not the cause.
            return "cannot write the database file: " + io.getMessage();
        }
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

    /** An I/O failure among the causes and suppressed exceptions of {@code e}. */
    private static @Nullable IOException ioCause(@Nullable Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return null;
        }
        if (e instanceof IOException io && !(e instanceof UnknownHostException) && !(e instanceof ConnectException)) {
            return io;
        }
        IOException found = ioCause(e.getCause(), seen);
        for (Throwable suppressed : e.getSuppressed()) {
            found = found != null ? found : ioCause(suppressed, seen);
        }
        return found;
    }

    private static @Nullable String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        String line = (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
        // H2 ends the line with "; SQL statement:" and puts the statement on the next.
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - "; SQL statement:".length()) : line;
    }
}
