package org.newsgraph.store.rebuild;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** Order independence and rebuilds on an embedded H2 database in a fresh directory. */
class H2OrderIndependenceTest extends OrderIndependenceContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return TestH2.open(directory);
    }

    @Override
    ArticleStore reopen() {
        return TestH2.open(directory);
    }
}
