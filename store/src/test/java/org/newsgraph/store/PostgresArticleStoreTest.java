package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store contract on a real PostgreSQL server, named by the {@value #URL_VARIABLE} variable
 * (CI's {@code .ci/run} starts one and sets it). Each test starts from an empty {@code public}
 * schema. Without the variable each test is skipped, and the first says why on standard error.
 */
class PostgresArticleStoreTest extends ArticleStoreContract {

    static final String URL_VARIABLE = "NEWSGRAPH_TEST_PG_URL";

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @BeforeEach
    void requireServer() {
        boolean configured = url() != null;
        if (!configured && !TOLD.getAndSet(true)) {
            System.err.println("PostgreSQL store tests skipped: " + URL_VARIABLE + " is not set "
                    + "(.ci/run sets it, e.g. jdbc:postgresql://localhost:5432/newsgraph_test?user=...&password=...)");
        }
        assumeTrue(configured, "PostgreSQL store tests skipped: " + URL_VARIABLE + " is not set");
    }

    private static String url() {
        return System.getenv(URL_VARIABLE);
    }

    @Override
    ArticleStore openEmpty() {
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

    @Override
    ArticleStore reopen() {
        return Stores.open(url());
    }

    @Test
    void theUserAndPasswordCanComeFromTheEnvironment() {
        String url = url();
        int query = url.indexOf('?');
        Map<String, String> env = new HashMap<>();
        for (String pair : url.substring(query + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals("user")) {
                env.put("NEWSGRAPH_DB_USER", parts[1]);
            } else if (parts[0].equals("password")) {
                env.put("NEWSGRAPH_DB_PASSWORD", parts[1]);
            }
        }
        openEmpty().close();

        try (ArticleStore store = Stores.open(url.substring(0, query), env)) {
            assertThat(store.store(TestDocs.meeting("lyon-1")).outcome()).isEqualTo(Stored.Outcome.NEW_ARTICLE);
            assertThat(store.location()).isEqualTo(url.substring(0, query));
        }
    }
}
