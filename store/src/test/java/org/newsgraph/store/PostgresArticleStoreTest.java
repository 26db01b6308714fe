package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, named by the {@value #URL_VARIABLE} variable
 * (CI's {@code .ci/run} starts one and sets it). Each test starts from an empty {@code public}
 * schema. Without the variable each test is skipped, and the first says why on standard error.
 */
class PostgresArticleStoreTest extends ArticleStoreContract {

    static final String URL_VARIABLE = TestPostgres.URL_VARIABLE;

    @BeforeEach
    void requireServer() {
        TestPostgres.assumeConfigured("store tests");
    }

    private static String url() {
        return TestPostgres.url();
    }

    @Override
    ArticleStore openEmpty() {
        TestPostgres.assumeConfigured("store tests");
        return TestPostgres.openEmpty();
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
