package org.newsgraph.store.dedup;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** The near-duplicate contract on an embedded H2 database in a fresh directory. */
class H2NearDuplicatesTest extends NearDuplicatesContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return Stores.open(directory.resolve("db").toString());
    }
}
