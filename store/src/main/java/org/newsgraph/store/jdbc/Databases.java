package org.newsgraph.store.jdbc;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.StoreException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Turns a database specification into an open {@link JdbcArticleStore}: a directory holds an
 * embedded H2 database (created if missing); a {@code jdbc:postgresql:} URL names a PostgreSQL
 * database, with the user and password from the URL or else from {@code NEWSGRAPH_DB_USER} and
 * {@code NEWSGRAPH_DB_PASSWORD}; a {@code jdbc:h2:} URL is used as it is (e.g. in-memory, for tests).
 */
public final class Databases {

    /** The H2 database's file name, without H2's {@code .mv.db} ending. */
    public static final String H2_NAME = "newsgraph";
    public static final String USER_VARIABLE = "NEWSGRAPH_DB_USER";
    public static final String PASSWORD_VARIABLE = "NEWSGRAPH_DB_PASSWORD";

    private Databases() {
    }

    /**
     * Opens the store that {@code spec} names.
     *
     * @param env the environment variables to read credentials from
     * @throws StoreException if it names no supported database, or the database cannot be opened
     */
    public static JdbcArticleStore open(String spec, Map<String, String> env) {
        Objects.requireNonNull(spec, "spec");
        if (spec.isBlank()) {
            throw new StoreException("the database is blank: give a directory or a jdbc:postgresql: URL");
        }
        if (spec.startsWith("jdbc:postgresql:")) {
            return JdbcArticleStore.open(postgres(spec, env), withoutPassword(spec));
        }
        if (spec.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(spec);
            return JdbcArticleStore.open(h2, withoutPassword(spec));
        }
        if (spec.startsWith("jdbc:")) {
            throw new StoreException("unsupported database URL " + withoutPassword(spec)
                    + ": newsgraph stores to PostgreSQL (jdbc:postgresql:...) or to a directory (H2)");
        }
        return JdbcArticleStore.open(h2Directory(Path.of(spec)), spec);
    }

    private static JdbcDataSource h2Directory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the database directory " + directory + ": " + e.getMessage(), e);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        // AUTO_SERVER: the first process serves the file over a local socket, so that another process
        // (a server reading while an ingest writes) can open the same database; MVStore gives both MVCC.
        // WRITE_DELAY=0: a commit reaches the file before it returns (H2 waits up to 500 ms by default),
        // so an article reported stored survives the process being killed.
        // MAX_COMPACT_TIME=0: no chunk moving on close. After a kill, H2 2.3.232 can trip over its own
        // free-space map while moving chunks on close (an assertion fails with -ea) and leave a file it
        // cannot open again; the background rewrite of sparse chunks still keeps the file compact.
        h2.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve(H2_NAME)
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        return h2;
    }

    private static PGSimpleDataSource postgres(String url, Map<String, String> env) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        if (queryParameter(url, "user") == null && env.get(USER_VARIABLE) != null) {
            postgres.setUser(env.get(USER_VARIABLE));
        }
        if (queryParameter(url, "password") == null && env.get(PASSWORD_VARIABLE) != null) {
            postgres.setPassword(env.get(PASSWORD_VARIABLE));
        }
        return postgres;
    }

    private static @Nullable String queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.toLowerCase(Locale.ROOT).equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The URL with any password parameter masked, for messages. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
    }
}
