package org.newsgraph.store.events;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** The event contract on an embedded H2 database in a fresh directory. */
class H2EventIndexTest extends EventIndexContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return TestH2.open(directory);
    }
}
