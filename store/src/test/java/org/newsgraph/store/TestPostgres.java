package org.newsgraph.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the store tests use, named by {@value #URL_VARIABLE} (CI's {@code .ci/run}
 * starts one and sets it). Without the variable the tests are skipped, and the first says why.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "NEWSGRAPH_TEST_PG_URL";

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private TestPostgres() {
    }

    public static String url() {
        return System.getenv(URL_VARIABLE);
    }

    /** Skips the calling test unless a server is configured. */
    public static void assumeConfigured(String what) {
        boolean configured = url() != null;
        if (!configured && !TOLD.getAndSet(true)) {
            System.err.println("PostgreSQL " + what + " skipped: " + URL_VARIABLE + " is not set "
                    + "(.ci/run sets it, e.g. jdbc:postgresql://localhost:5432/newsgraph_test?user=...&password=...)");
        }
        assumeTrue(configured, "PostgreSQL " + what + " skipped: " + URL_VARIABLE + " is not set");
    }

    /** A store on an empty {@code public} schema. */
    public static ArticleStore openEmpty() {
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
