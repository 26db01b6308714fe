package org.newsgraph.store.stories;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestPostgres;

/** The story span contract on the PostgreSQL server of {@code NEWSGRAPH_TEST_PG_URL}; skipped without it. */
class PostgresStorySpanTest extends StorySpanContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("story span tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("story span tests");
        return TestPostgres.openEmpty();
    }
}
