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
 * Turns a database specification, checked by {@link StoreSpec#parse}, into an open
 * {@link JdbcArticleStore}: a directory or a {@code jdbc:h2:file:} URL is an embedded H2 database
 * that other processes share through H2's auto-server (bound to 127.0.0.1); a
 * {@code jdbc:postgresql:} URL names a PostgreSQL database, with the user and password from the URL
 * or else from {@code NEWSGRAPH_DB_USER} and {@code NEWSGRAPH_DB_PASSWORD}.
 */
public final class Databases {

    /** The H2 database's file name, without H2's {@code .mv.db} ending. */
    public static final String H2_NAME = "newsgraph";
    public static final String USER_VARIABLE = "NEWSGRAPH_DB_USER";
    public static final String PASSWORD_VARIABLE = "NEWSGRAPH_DB_PASSWORD";
    /** H2's system property for the address its servers bind to; set to loopback unless given. */
    public static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    /** Seconds to wait for PostgreSQL to accept a connection, unless the URL says otherwise. */
    static final int CONNECT_SECONDS = 10;
    /** Below this much free space an H2 store that fails to open counts as being on a full disk. */
    static final long LOW_SPACE_BYTES = 1 << 20;

    private Databases() {
    }

    static {
        // H2's auto-server (the first process serving the file to the others) listens on every interface
        // unless told otherwise; another process on this machine is all it should ever serve.
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    /**
     * Opens the store that {@code spec} names, creating an H2 database (and its directory) if missing.
     *
     * @param env the environment variables to read credentials from
     * @throws StoreException if it names no supported database, or the database cannot be opened or
     *     written (a read-only H2 directory)
     */
    public static JdbcArticleStore open(String spec, Map<String, String> env) {
        return open(StoreSpec.parse(spec), env, true);
    }

    /**
     * Opens the store that {@code spec} names if it exists: an H2 directory without a database is
     * refused rather than created empty. An H2 database that cannot be written (a read-only
     * directory or file, {@code ACCESS_MODE_DATA=r}) is opened read-only and alone, without
     * auto-server: {@link JdbcArticleStore#readOnly()}.
     *
     * @throws StoreException if it names no supported or no existing database, or it cannot be opened
     */
    public static JdbcArticleStore openExisting(String spec, Map<String, String> env) {
        return open(StoreSpec.parse(spec), env, false);
    }

    private static JdbcArticleStore open(StoreSpec spec, Map<String, String> env, boolean create) {
        if (spec instanceof StoreSpec.Postgres postgres) {
            return JdbcArticleStore.open(postgres(postgres.url(), env), postgres.location());
        }
        StoreSpec.H2 h2 = (StoreSpec.H2) spec;
        boolean exists = Files.exists(h2.file());
        if (!create && !exists) {
            throw new StoreException("no store at " + h2.location() + ": " + h2.file().getFileName()
                    + " is missing there; ingest articles into it first, or check the database you named");
        }
        boolean readOnly = h2.readOnly() || notWritable(h2, exists);
        if (readOnly && create) {
            throw new StoreException("cannot write to the store " + h2.location() + ": "
                    + (h2.readOnly() ? "it is opened read-only (ACCESS_MODE_DATA=r)" : "it is read-only here"));
        }
        if (readOnly) {
            return JdbcArticleStore.openReadOnly(h2DataSource(h2, true, false), h2.location());
        }
        if (create) {
            try {
                Files.createDirectories(h2.directory());
            } catch (IOException e) {
                throw new StoreException("cannot create the database directory " + h2.directory() + ": "
                        + e.getMessage(), e);
            }
        }
        try {
            return JdbcArticleStore.open(h2DataSource(h2, false, !create), h2.location());
        } catch (StoreException e) {
            long free = usableSpace(h2.directory());
            if (free >= LOW_SPACE_BYTES) {
                throw e;
            }
            if (!create) {
                // H2 cannot even write its lock file; reading needs none, and no one can write meanwhile.
                removeEmptyLock(h2);
                return JdbcArticleStore.openReadOnly(h2DataSource(h2, true, false), h2.location());
            }
            throw new StoreException("cannot open the store " + h2.location() + ": its disk is full (" + free
                    + " bytes free in " + h2.directory() + ")", e);
        }
    }

    /**
     * Removes the lock file that a failed open on a full disk leaves empty: H2 creates it, cannot write
     * its properties into it and does not remove it, and a read-only open refuses to start while it
     * exists. An owner that holds a database has written its properties there, so an empty one is no one's.
     */
    private static void removeEmptyLock(StoreSpec.H2 h2) {
        Path lock = h2.base().resolveSibling(h2.base().getFileName() + ".lock.db");
        try {
            if (Files.isRegularFile(lock) && Files.size(lock) == 0) {
                Files.delete(lock);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the store " + h2.location() + ": its disk is full and the empty "
                    + "lock file " + lock + " cannot be removed: " + e.getMessage(), e);
        }
    }

    private static long usableSpace(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether the directory (or the file, if there is one) of an H2 database cannot be written. */
    private static boolean notWritable(StoreSpec.H2 h2, boolean exists) {
        Path directory = h2.directory();
        if (exists) {
            return !Files.isWritable(directory) || !Files.isWritable(h2.file());
        }
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && !Files.isWritable(existing);
    }

    private static JdbcDataSource h2DataSource(StoreSpec.H2 h2, boolean readOnly, boolean ifExists) {
        JdbcDataSource source = new JdbcDataSource();
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(h2.base());
        if (readOnly) {
            // Read-only: no lock file and no auto-server (H2 refuses it), so any number of readers may open it.
            url.append(";ACCESS_MODE_DATA=r");
        } else {
            // AUTO_SERVER: the first process serves the file over a local socket, so that another process
            // (a server reading while an ingest writes) can open the same database; MVStore gives both MVCC.
            // WRITE_DELAY=0: a commit reaches the file before it returns (H2 waits up to 500 ms by default),
            // so an article reported stored survives the process being killed.
            url.append(";AUTO_SERVER=TRUE;WRITE_DELAY=0");
            if (h2.autoServerPort() != 0) {
                url.append(";AUTO_SERVER_PORT=").append(h2.autoServerPort());
            }
        }
        if (ifExists) {
            url.append(";IFEXISTS=TRUE");
        }
        // MAX_COMPACT_TIME=0: no chunk moving on close. After a kill, H2 2.3.232 can trip over its own
        // free-space map while moving chunks on close (an assertion fails with -ea) and leave a file it
        // cannot open again; the background rewrite of sparse chunks still keeps the file compact.
        url.append(";MAX_COMPACT_TIME=0");
        source.setURL(url.toString());
        return source;
    }

    private static PGSimpleDataSource postgres(String url, Map<String, String> env) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        if (queryParameter(url, "connecttimeout") == null) {
            postgres.setConnectTimeout(CONNECT_SECONDS);
        }
        if (queryParameter(url, "logintimeout") == null) {
            postgres.setLoginTimeout(CONNECT_SECONDS);
        }
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
