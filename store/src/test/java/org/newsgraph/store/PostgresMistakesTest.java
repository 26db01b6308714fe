package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Operational mistakes with PostgreSQL, each one line naming the database (never its password): a
 * wrong password, a port where nothing listens, a host that does not resolve, a user without the
 * CREATE privilege. Runs on the server of {@value TestPostgres#URL_VARIABLE}, else is skipped.
 */
class PostgresMistakesTest {

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("store tests");
    }

    @Test
    void aWrongPasswordSaysSo() {
        String url = TestPostgres.url().replaceAll("password=[^&]*", "password=wrong");
        String user = url.replaceAll(".*[?&]user=([^&]*).*", "$1");

        assertThatThrownBy(() -> Stores.open(url, Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open the database " + url.replace("password=wrong", "password=***")
                        + ": FATAL: password authentication failed for user \"" + user + "\"");
    }

    @Test
    void aPortWithoutServerOrAnUnknownHostSaysSo() {
        assertThatThrownBy(() -> Stores.open("jdbc:postgresql://127.0.0.1:1/news?user=a&password=b", Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open the database jdbc:postgresql://127.0.0.1:1/news?user=a&password=***: "
                        + "Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct and that "
                        + "the postmaster is accepting TCP/IP connections.");
        assertThatThrownBy(() -> Stores.open("jdbc:postgresql://no-such-host.invalid/news", Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open the database jdbc:postgresql://no-such-host.invalid/news: "
                        + "The connection attempt failed. (unknown host no-such-host.invalid)");
    }

    @Test
    void aUserWithoutCreateIsToldWhichPrivilegeItLacks() throws SQLException {
        // The server's own database "postgres": since PostgreSQL 15 its public schema lets no other user create.
        String url = TestPostgres.url().replaceFirst("(//[^/]+/)[^?]*", "$1postgres");
        assumeFalse(mayCreate(url), "the test user may create tables in the postgres database (a superuser?)");

        assertThatThrownBy(() -> Stores.open(url, Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot create newsgraph's tables in " + url.replaceAll("password=[^&]*", "password=***")
                        + ": the user " + url.replaceAll(".*[?&]user=([^&]*).*", "$1") + " lacks the CREATE privilege on "
                        + "schema public (grant it, e.g. make the user the database's owner)");
        assertThat(mayCreate(url)).isFalse();
    }

    private static boolean mayCreate(String url) throws SQLException {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(url);
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT has_schema_privilege('public', 'CREATE')")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
