package org.newsgraph.store.stories;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** The story span contract on an embedded H2 database in a fresh directory. */
class H2StorySpanTest extends StorySpanContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return TestH2.open(directory);
    }
}
