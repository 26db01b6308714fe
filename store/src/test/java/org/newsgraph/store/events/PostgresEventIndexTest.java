package org.newsgraph.store.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The event contract on the PostgreSQL server named by {@code NEWSGRAPH_TEST_PG_URL}, from an empty
 * {@code public} schema; skipped when the variable is not set.
 */
class PostgresEventIndexTest extends EventIndexContract {

    private static final String URL_VARIABLE = "NEWSGRAPH_TEST_PG_URL";

    @BeforeEach
    void requireServer() {
        assumeTrue(url() != null, "PostgreSQL event tests skipped: " + URL_VARIABLE + " is not set");
    }

    private static String url() {
        return System.getenv(URL_VARIABLE);
    }

    @Override
    ArticleStore openEmpty() {
        requireServer();
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(url());
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
        }
        return Stores.open(url());
    }
}
