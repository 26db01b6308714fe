package org.newsgraph.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stores;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of every command that opens the article store (a picocli mixin), and the
 * ways to open what it names. A store that cannot be opened is a usage error whose message names the
 * database (any password masked). Not thread-safe; picocli fills it once per run.
 */
final class StoreOption {

    @Option(names = "--db", paramLabel = "DB",
            description = "The store: a directory (embedded H2 database), a jdbc:h2:file: or a jdbc:postgresql:// URL "
                    + "(default: $NEWSGRAPH_DB, else " + Stores.DEFAULT_DB + "). Only ingest and watch create a "
                    + "missing one.")
    @Nullable String db;

    /** The database spec: the option, else {@code $NEWSGRAPH_DB}, else the default directory. */
    String spec(Map<String, String> env) {
        return db != null ? db : Stores.defaultSpec(env);
    }

    /** Opens the store, which must exist: a reading command never creates an empty one. */
    ArticleStore openExisting(Map<String, String> env) {
        try {
            return Stores.openExisting(spec(env), env);
        } catch (StoreException e) {
            throw new UsageException(String.valueOf(e.getMessage()));
        }
    }

    /** Opens the store, creating an H2 one if it is missing (the writing commands). */
    ArticleStore openOrCreate(Map<String, String> env) {
        try {
            return Stores.open(spec(env), env);
        } catch (StoreException e) {
            throw new UsageException(String.valueOf(e.getMessage()));
        }
    }

    /**
     * Opens the existing store for questions, linking any entities stored before actor linking existed
     * unless the store is read-only.
     */
    ArticleStore openForQuestions() {
        ArticleStore store = openExisting(System.getenv());
        if (store.readOnly()) {
            return store;
        }
        try {
            store.actors().linkUnlinked();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
