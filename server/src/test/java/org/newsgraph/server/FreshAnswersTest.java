package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;

/** Answers kept by the server's cache give way to the store's new state as soon as an article is stored. */
class FreshAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anArticleStoredAfterAnAnswerWasKeptShowsInTheNextAnswer(@TempDir Path directory) throws Exception {
        try (TestServer server = new TestServer(directory, Doc::of, Docs.summit())) {
            int before = JSON.readTree(server.get("/api/articles").body()).path("total").asInt();
            int kept = JSON.readTree(server.get("/api/articles").body()).path("total").asInt();
            String searchBefore = server.get("/?q=talks").body();

            server.store.store(Docs.talks());
            int after = JSON.readTree(server.get("/api/articles").body()).path("total").asInt();
            String searchAfter = server.get("/?q=talks").body();

            assertThat(new int[] {before, kept, after}).containsExactly(1, 1, 2);
            assertThat(searchBefore).doesNotContain("/articles/w2");
            assertThat(searchAfter).contains("/articles/w2");
        }
    }
}
