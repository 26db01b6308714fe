package org.newsgraph.store.events;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestPostgres;

/**
 * The event contract on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresEventIndexTest extends EventIndexContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("event tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("event tests");
        return TestPostgres.openEmpty();
    }
}
