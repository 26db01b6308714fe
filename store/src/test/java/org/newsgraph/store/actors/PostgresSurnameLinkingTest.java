package org.newsgraph.store.actors;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.TestPostgres;

/**
 * Surname linking on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresSurnameLinkingTest extends SurnameLinkingContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("surname linking tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("surname linking tests");
        return TestPostgres.openEmpty();
    }

    @Override
    ArticleStore reopen() {
        return Stores.open(TestPostgres.url());
    }
}
