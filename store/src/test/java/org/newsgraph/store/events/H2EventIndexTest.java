package org.newsgraph.store.events;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** The event contract on an embedded H2 database in a fresh directory. */
class H2EventIndexTest extends EventIndexContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return Stores.open(directory.resolve("db").toString());
    }
}
