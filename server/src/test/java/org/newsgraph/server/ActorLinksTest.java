package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Link;

/** An actor's Wikipedia link on its page and in the API, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;

    @BeforeAll
    void start(@TempDir Path directory) {
        Doc summit = Docs.summit();
        Doc linked = summit.withEntities(summit.entities().stream()
                .map(e -> e.name().equals("Kim Jong Un") ? e.withLink(new Link("Kim_Jong_Un", 0.95)) : e).toList());
        server = new TestServer(directory, article -> Doc.of(article).withLanguage("en"), linked);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long id(String name) throws Exception {
        for (JsonNode actor : json("/api/actors")) {
            if (actor.path("name").asText().equals(name)) {
                return actor.path("id").asLong();
            }
        }
        throw new AssertionError("no actor " + name);
    }

    @Test
    void theApiGivesALinkedActorsTitleAndAddressAndNullsForAnOther() throws Exception {
        JsonNode kim = json("/api/actors/" + id("Kim Jong Un")).path("actor");
        JsonNode putin = json("/api/actors/" + id("Vladimir Putin")).path("actor");

        assertThat(kim.path("link").asText()).isEqualTo("Kim_Jong_Un");
        assertThat(kim.path("url").asText()).isEqualTo("https://en.wikipedia.org/wiki/Kim_Jong_Un");
        assertThat(putin.path("link").isNull()).isTrue();
        assertThat(putin.path("url").isNull()).isTrue();
    }

    @Test
    void theActorPageLinksToTheWikipediaPageOnlyWhenThereIsOne() throws Exception {
        Element kim = Jsoup.parse(server.get("/actors/" + id("Kim Jong Un")).body()).selectFirst("a.wikipedia");
        Element putin = Jsoup.parse(server.get("/actors/" + id("Vladimir Putin")).body()).selectFirst("a.wikipedia");

        assertThat(kim).isNotNull();
        assertThat(kim.attr("href")).isEqualTo("https://en.wikipedia.org/wiki/Kim_Jong_Un");
        assertThat(kim.text()).isEqualTo("Kim Jong Un");
        assertThat(kim.parent().text()).isEqualTo("Wikipedia: Kim Jong Un");
        assertThat(putin).isNull();
    }
}
