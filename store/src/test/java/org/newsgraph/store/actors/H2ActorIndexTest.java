package org.newsgraph.store.actors;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** The actor contract on an embedded H2 database in a fresh directory. */
class H2ActorIndexTest extends ActorIndexContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return Stores.open(directory.resolve("db").toString());
    }

    @Override
    ArticleStore reopen() {
        return Stores.open(directory.resolve("db").toString());
    }
}
