package org.newsgraph.store.dedup;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestPostgres;

/**
 * The near-duplicate contract on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresNearDuplicatesTest extends NearDuplicatesContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("near-duplicate tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("near-duplicate tests");
        return TestPostgres.openEmpty();
    }
}
