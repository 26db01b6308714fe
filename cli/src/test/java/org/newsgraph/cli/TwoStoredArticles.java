package org.newsgraph.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the event and export command tests: before each test, a fresh store in a
 * temporary directory holding {@link EventQuestions}' two analysed articles.
 */
abstract class TwoStoredArticles {

    /** The test's temporary directory; the store is its {@code db} folder. */
    @TempDir
    Path dir;

    /** The store's location, as {@code --db} takes it. */
    String db;

    @BeforeEach
    void storeTwoArticles() {
        db = dir.resolve("db").toString();
        EventQuestions.storeBoth(db);
    }
}
