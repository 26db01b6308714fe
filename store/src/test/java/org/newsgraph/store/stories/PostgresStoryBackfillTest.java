package org.newsgraph.store.stories;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.TestPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The story backfill contract on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an
 * empty {@code public} schema; skipped when the variable is not set.
 */
class PostgresStoryBackfillTest extends StoryBackfillContract {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("story backfill tests");
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("story backfill tests");
        return TestPostgres.openEmpty();
    }

    @Override
    ArticleStore reopen() {
        return Stores.open(TestPostgres.url());
    }

    @Override
    Connection connect() throws SQLException {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(TestPostgres.url());
        return server.getConnection();
    }
}
