package org.newsgraph.store;

import java.util.Map;
import org.newsgraph.store.jdbc.Databases;

/**
 * Where newsgraph keeps its articles. A database specification is a directory (an embedded H2
 * database {@code DIR/newsgraph.mv.db}), a {@code jdbc:h2:file:PATH} URL (with at most the
 * settings {@code ACCESS_MODE_DATA=r|rw} and {@code AUTO_SERVER_PORT=N}) or a
 * {@code jdbc:postgresql://host/db} URL, with the user and password in the URL or in
 * {@code NEWSGRAPH_DB_USER} and {@code NEWSGRAPH_DB_PASSWORD}; anything else is refused
 * ({@link org.newsgraph.store.jdbc.StoreSpec}). Writers {@link #open} a store, creating an H2 one
 * if missing; readers {@link #openExisting} it, which refuses a missing H2 store and reads a
 * read-only one. Several processes may share one H2 store whichever opens it first or exits first.
 */
public final class Stores {

    /** The variable that names the database when none is given. */
    public static final String DB_VARIABLE = "NEWSGRAPH_DB";
    /** The database when neither an option nor {@link #DB_VARIABLE} names one. */
    public static final String DEFAULT_DB = "./newsgraph-data";

    private Stores() {
    }

    /**
     * Opens the store, applying pending schema migrations.
     *
     * @throws StoreException if {@code dbSpec} names no supported database or it cannot be opened
     */
    public static ArticleStore open(String dbSpec) {
        return open(dbSpec, System.getenv());
    }

    /** Opens the store, taking the credentials variables from {@code env}. */
    public static ArticleStore open(String dbSpec, Map<String, String> env) {
        return Databases.open(dbSpec, env);
    }

    /**
     * Opens a store that exists, for reading (and for an analyst's corrections): an H2 directory
     * without a database is refused, not created empty; one that cannot be written is opened
     * read-only ({@link ArticleStore#readOnly()}).
     *
     * @throws StoreException if {@code dbSpec} names no supported or no existing database, or it cannot be opened
     */
    public static ArticleStore openExisting(String dbSpec, Map<String, String> env) {
        return Databases.openExisting(dbSpec, env);
    }

    /** The database to use when none is given: {@code NEWSGRAPH_DB}, else {@value #DEFAULT_DB}. */
    public static String defaultSpec(Map<String, String> env) {
        String named = env.get(DB_VARIABLE);
        return named == null || named.isBlank() ? DEFAULT_DB : named;
    }
}
