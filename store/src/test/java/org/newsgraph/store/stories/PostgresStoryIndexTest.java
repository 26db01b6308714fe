package org.newsgraph.store.stories;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestPostgres;

/**
 * The story contract on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresStoryIndexTest extends StoryIndexContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("story tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("story tests");
        return TestPostgres.openEmpty();
    }
}
