package org.newsgraph.store.actors;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** Actors by link on an embedded H2 database in a fresh directory for each store. */
class H2ActorLinksTest extends ActorLinksContract {

    @TempDir
    Path directory;

    private int stores;

    @Override
    ArticleStore openEmpty() {
        return TestH2.open(directory.resolve("store" + stores++));
    }
}
