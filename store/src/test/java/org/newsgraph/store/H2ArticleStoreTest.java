package org.newsgraph.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 database in a fresh directory. */
class H2ArticleStoreTest extends ArticleStoreContract {

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
