package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** The REST API in-process over real HTTP, against an H2 store holding {@link Docs}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger analysed = new AtomicInteger();
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path directory) {
        server = new TestServer(directory, article -> {
            analysed.incrementAndGet();
            return Doc.of(article).withLanguage("en");
        }, Docs.summit(), Docs.talks(), Docs.hostile());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void articlesAreListedNewestFirstWithTheirTotal() throws Exception {
        JsonNode page = json(server.get("/api/articles"), 200);

        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("limit").asInt()).isEqualTo(20);
        assertThat(texts(page.path("items"), "id")).containsExactly("x1", "w2", "w1");
        assertThat(page.path("items").get(2).path("title").asText()).isEqualTo("Kim meets Putin");
    }

    @Test
    void articlesArePaged() throws Exception {
        JsonNode page = json(server.get("/api/articles?limit=1&offset=1"), 200);

        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(texts(page.path("items"), "id")).containsExactly("w2");
    }

    @Test
    void articlesAreSearchedByTitleWords() throws Exception {
        JsonNode page = json(server.get("/api/articles?q=putin"), 200);

        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(texts(page.path("items"), "id")).containsExactly("w2", "w1");
    }

    @Test
    void badPagingIsRefusedWithTheParameterNamed() throws Exception {
        JsonNode error = json(server.get("/api/articles?limit=0"), 400);

        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("message").asText()).isEqualTo("limit must be 1 to 500: 0");
        assertThat(json(server.get("/api/articles?offset=x"), 400).path("message").asText())
                .isEqualTo("offset must be a whole number: x");
    }

    @Test
    void oneArticleIsItsStoredDocument() throws Exception {
        JsonNode document = json(server.get("/api/articles/w1"), 200);

        assertThat(document.path("schema").asText()).isEqualTo("newsgraph/document@1");
        assertThat(document.path("id").asText()).isEqualTo("w1");
        assertThat(document.path("text").asText()).startsWith("Kremlin spokesman Dmitry Peskov said");
        assertThat(texts(document.path("entities"), "name")).containsExactly("Dmitry Peskov", "Kremlin",
                "Vladivostok", "Kim Jong Un", "Vladimir Putin");
    }

    @Test
    void anUnknownArticleIs404WithAJsonMessageAndNoStackTrace() throws Exception {
        HttpResponse<String> response = server.get("/api/articles/nope");
        JsonNode error = json(response, 404);

        assertThat(error.path("status").asInt()).isEqualTo(404);
        assertThat(error.path("message").asText()).isEqualTo("no article 'nope'");
        assertThat(response.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void anUnknownRouteUnderApiIs404Json() throws Exception {
        JsonNode error = json(server.get("/api/nothing-here"), 404);

        assertThat(error.path("status").asInt()).isEqualTo(404);
    }

    @Test
    void actorsAreListedMostMentionedFirst() throws Exception {
        JsonNode actors = json(server.get("/api/actors?limit=3"), 200);

        assertThat(texts(actors, "name")).containsExactly("Vladimir Putin", "Dmitry Peskov", "Kremlin");
        assertThat(actors.get(0).path("articles").asInt()).isEqualTo(2);
        assertThat(actors.get(0).path("mentions").asInt()).isEqualTo(2);
    }

    @Test
    void actorsAreFilteredByType() throws Exception {
        assertThat(texts(json(server.get("/api/actors?type=gpe"), 200), "name")).containsExactly("Vladivostok");
        assertThat(json(server.get("/api/actors?type=planet"), 400).path("message").asText())
                .startsWith("type must be one of PERSON, ORGANIZATION, GPE");
    }

    @Test
    void anActorsProfileHasItsRolesAndQuotes() throws Exception {
        long id = json(server.get("/api/actors?q=Peskov"), 200).get(0).path("id").asLong();

        JsonNode profile = json(server.get("/api/actors/" + id), 200);

        assertThat(profile.path("actor").path("name").asText()).isEqualTo("Dmitry Peskov");
        assertThat(profile.path("roles").get(0).path("title").asText()).isEqualTo("spokesman");
        assertThat(profile.path("roles").get(0).path("of").asText()).isEqualTo("Kremlin");
        assertThat(texts(profile.path("quotes"), "content")).containsExactly("the two leaders will meet in Vladivostok");
        assertThat(texts(profile.path("timeline"), "articleId")).containsExactly("w1");
    }

    @Test
    void anUnknownActorIs404AndABadIdIs400() throws Exception {
        assertThat(json(server.get("/api/actors/987654"), 404).path("message").asText()).isEqualTo("no actor #987654");
        assertThat(json(server.get("/api/actors/abc"), 400).path("message").asText()).isEqualTo("id must be a number: abc");
    }

    @Test
    void eventsAreFilteredAsOnTheCommandLine() throws Exception {
        JsonNode events = json(server.get("/api/events?type=consult&actor=Putin&from=2023-09&to=2023-09-30"), 200);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("trigger").asText()).isEqualTo("met");
        assertThat(events.get(0).path("date").asText()).isEqualTo("2023-09-12");
        assertThat(events.get(0).path("sources").get(0).asText()).isEqualTo("Kim Jong Un");
        assertThat(events.get(0).path("targets").get(0).asText()).isEqualTo("Vladimir Putin");
        assertThat(json(server.get("/api/events?from=2024"), 200)).isEmpty();
    }

    @Test
    void eventFiltersThatCannotBeUsedAreRefused() throws Exception {
        assertThat(json(server.get("/api/events?from=September"), 400).path("message").asText())
                .isEqualTo("from must be a date such as 2023, 2023-09 or 2023-09-12: September");
        assertThat(json(server.get("/api/events?actor=Nobody%20Atall"), 404).path("message").asText())
                .isEqualTo("no actor matches 'Nobody Atall'");
    }

    @Test
    void quotesAreFilteredBySpeakerAboutAndWords() throws Exception {
        assertThat(texts(json(server.get("/api/quotes?speaker=Vladimir%20Putin"), 200), "content"))
                .containsExactly("the talks went well");
        assertThat(texts(json(server.get("/api/quotes?about=Vladivostok"), 200), "content"))
                .containsExactly("the two leaders will meet in Vladivostok");
        assertThat(texts(json(server.get("/api/quotes?q=talks"), 200), "speaker")).containsExactly("Vladimir Putin");
        assertThat(json(server.get("/api/quotes"), 200)).hasSize(3);
    }

    @Test
    void storiesAreListedAndOneIsShownWithItsArticles() throws Exception {
        JsonNode stories = json(server.get("/api/stories"), 200);

        assertThat(stories).hasSize(1);
        JsonNode summary = stories.get(0);
        assertThat(summary.path("type").asText()).isEqualTo("CONSULT");
        assertThat(summary.path("articles").asInt()).isEqualTo(1);
        assertThat(summary.path("independentSources").asInt()).isEqualTo(1);
        JsonNode story = json(server.get("/api/stories/" + summary.path("id").asLong()), 200);
        assertThat(story.path("summary")).isEqualTo(summary);
        assertThat(texts(story.path("articles"), "articleId")).containsExactly("w1");
        assertThat(texts(story.path("events"), "trigger")).containsExactly("met");
        assertThat(json(server.get("/api/stories?actor=Putin&type=consult"), 200)).hasSize(1);
        assertThat(json(server.get("/api/stories?actor=Peskov"), 200)).isEmpty();
    }

    @Test
    void storyQuestionsThatCannotBeAnsweredAreRefused() throws Exception {
        assertThat(json(server.get("/api/stories/424242"), 404).path("message").asText()).isEqualTo("no story #424242");
        assertThat(json(server.get("/api/stories?since=soon"), 400).path("message").asText())
                .isEqualTo("since must be a date such as 2023, 2023-09 or 2023-09-12: soon");
        assertThat(json(server.get("/api/conflicts?kind=rumour"), 400).path("message").asText())
                .isEqualTo("a conflict kind is quantity or denial: rumour");
        assertThat(json(server.get("/api/conflicts?story=x"), 400).path("message").asText())
                .isEqualTo("story must be a number: x");
        assertThat(json(server.get("/api/conflicts"), 200)).isEmpty();
    }

    @Test
    void searchFindsActorsArticlesAndQuotes() throws Exception {
        JsonNode found = json(server.get("/api/search?q=Putin"), 200);

        assertThat(texts(found.path("actors"), "name")).containsExactly("Vladimir Putin");
        assertThat(texts(found.path("articles"), "id")).containsExactly("w2", "w1");
        assertThat(texts(found.path("quotes"), "content")).containsExactly("the talks went well");
        assertThat(json(server.get("/api/search"), 400).path("message").asText()).isEqualTo("q is required");
    }

    @Test
    void analyzeTakesPlainTextAndStoresNothing() throws Exception {
        JsonNode document = json(server.post("/api/analyze", "text/plain; charset=utf-8", "  Kim met Putin.\n"), 200);

        assertThat(document.path("schema").asText()).isEqualTo("newsgraph/document@1");
        assertThat(document.path("id").asText()).isEqualTo("analyzed");
        assertThat(document.path("text").asText()).isEqualTo("Kim met Putin.");
        assertThat(json(server.get("/api/articles"), 200).path("total").asInt()).isEqualTo(3);
    }

    @Test
    void analyzeTakesJsonWithTextOrHtml() throws Exception {
        JsonNode fromText = json(server.post("/api/analyze", "application/json",
                "{\"text\": \"Kim met Putin.\", \"title\": \"A meeting\"}"), 200);
        String page = "<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>"
                + "Vladimir Putin told reporters on Tuesday that the talks with Kim Jong Un went well and would go on."
                + "</p><p>The two leaders will meet again in Vladivostok next year, officials said.</p>"
                + "</article></body></html>";
        JsonNode fromHtml = json(server.post("/api/analyze", "application/json",
                JSON.writeValueAsString(java.util.Map.of("html", page))), 200);

        assertThat(fromText.path("title").asText()).isEqualTo("A meeting");
        assertThat(fromHtml.path("text").asText()).isEqualTo(
                "Vladimir Putin told reporters on Tuesday that the talks with Kim Jong Un went well and would go on."
                        + "\n\nThe two leaders will meet again in Vladivostok next year, officials said.");
    }

    @Test
    void analyzeRefusesWhatHasNoText() throws Exception {
        assertThat(json(server.post("/api/analyze", "text/plain", "   "), 422).path("message").asText())
                .isEqualTo("there is no text to analyse");
        assertThat(json(server.post("/api/analyze", "application/json", "{\"title\": \"x\"}"), 400)
                .path("message").asText()).isEqualTo("give exactly one of \"text\" and \"html\"");
        assertThat(json(server.post("/api/analyze", "application/json", "[1"), 400).path("message").asText())
                .startsWith("the body is not JSON");
        assertThat(json(server.post("/api/analyze", "image/png", "x"), 415).path("message").asText())
                .isEqualTo("send text/plain, text/html or application/json, not image/png");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        int before = analysed.get();
        String big = "word ".repeat((int) (ServerOptions.DEFAULT_MAX_REQUEST_BYTES / 5) + 10);

        JsonNode error = json(server.post("/api/analyze", "text/plain", big), 413);

        assertThat(error.path("status").asInt()).isEqualTo(413);
        assertThat(analysed.get()).isEqualTo(before);
    }

    @Test
    void articlesStoredMeanwhileByAnotherWriterAppearWithoutRestart(@TempDir Path other) throws Exception {
        try (TestServer fresh = new TestServer(other, Doc::of, Docs.summit());
                ArticleStore writer = Stores.open(fresh.db.toString())) {
            assertThat(json(fresh.get("/api/articles"), 200).path("total").asInt()).isEqualTo(1);

            writer.store(Docs.talks());

            assertThat(texts(json(fresh.get("/api/articles"), 200).path("items"), "id")).containsExactly("w2", "w1");
            assertThat(json(fresh.get("/api/articles/w2"), 200).path("title").asText()).isEqualTo("Putin on the talks");
        }
    }

    @Test
    void everyAnswerForbidsScripts() {
        HttpResponse<String> response = server.get("/api/articles");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(NewsgraphServer.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
