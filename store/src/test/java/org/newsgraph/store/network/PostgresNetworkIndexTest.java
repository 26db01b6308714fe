package org.newsgraph.store.network;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestPostgres;

/**
 * The network contract on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresNetworkIndexTest extends NetworkIndexContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("network tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("network tests");
        return TestPostgres.openEmpty();
    }
}
