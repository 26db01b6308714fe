package org.newsgraph.store.dedup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** The near-duplicate contract on an embedded H2 database in a fresh directory. */
class H2NearDuplicatesTest extends NearDuplicatesContract {

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

    @Override
    Connection connect() throws SQLException {
        return TestH2.connect(directory);
    }
}
