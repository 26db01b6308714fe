package org.newsgraph.store.actors;

import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestPostgres;

/**
 * Actors by link on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresActorLinksTest extends ActorLinksContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("actor link tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("actor link tests");
        return TestPostgres.openEmpty();
    }
}
