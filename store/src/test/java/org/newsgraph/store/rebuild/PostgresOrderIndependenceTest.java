package org.newsgraph.store.rebuild;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.TestPostgres;

/**
 * Order independence and rebuilds on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL},
 * from an empty {@code public} schema; skipped when the variable is not set.
 */
class PostgresOrderIndependenceTest extends OrderIndependenceContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("order independence tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("order independence tests");
        return TestPostgres.openEmpty();
    }

    @Override
    ArticleStore reopen() {
        return Stores.open(TestPostgres.url());
    }
}
