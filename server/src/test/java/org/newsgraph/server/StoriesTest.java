package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;

/** Stories and conflicts in the API and on the story page: independent sources, wire copies, conflicting numbers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;
    private long flood;

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        server = new TestServer(directory, Doc::of, StoryDocs.gazette(), StoryDocs.courier(), StoryDocs.tribune());
        JsonNode stories = json("/api/stories");
        assertThat(stories).hasSize(1);
        flood = stories.get(0).path("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void theStoryCountsTheCopyAsNoIndependentSource() throws Exception {
        JsonNode story = json("/api/stories/" + flood);

        assertThat(story.path("summary").path("articles").asInt()).isEqualTo(3);
        assertThat(story.path("summary").path("independentSources").asInt()).isEqualTo(2);
        assertThat(texts(story.path("articles"), "articleId")).containsExactly("gazette", "courier", "tribune");
        assertThat(texts(story.path("articles"), "copyOf")).containsExactly("null", "gazette", "null");
    }

    @Test
    void theDifferentDeathTollsAreAQuantityConflict() throws Exception {
        JsonNode conflicts = json("/api/conflicts?kind=quantity&story=" + flood);

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).path("first").path("articleId").asText()).isEqualTo("gazette");
        assertThat(conflicts.get(0).path("second").path("articleId").asText()).isEqualTo("tribune");
        assertThat(conflicts.get(0).path("second").path("source").asText()).isEqualTo("the regional police");
        assertThat(json("/api/conflicts?kind=denial")).isEmpty();
    }

    @Test
    void theStoryPageShowsIndependentSourcesCopiesAndTheConflict() throws Exception {
        Document page = Jsoup.parse(server.get("/stories/" + flood).body());
        JsonNode conflict = json("/api/conflicts?story=" + flood).get(0);

        assertThat(page.selectFirst("#story-counts").text()).contains("3 articles · 2 independent sources · 3 outlets");
        assertThat(page.select("#story-articles tbody tr td:nth-child(4)").eachText())
                .containsExactly("independent", "copy of gazette", "independent");
        assertThat(page.select("#story-articles tbody tr td:nth-child(3)").eachText())
                .containsExactly("Valley Gazette", "Wire Courier", "Tribune");
        assertThat(page.select("#story-events .ev-trigger").eachText()).containsExactly("flood", "flood", "flood");
        assertThat(page.select("#conflicts tbody tr td:nth-child(2)").eachText())
                .containsExactly(conflict.path("detail").asText());
        assertThat(page.select("#conflicts .att-source").eachText()).containsExactly("the mayor", "the regional police");
    }

    @Test
    void theStoryPageDrawsItsEventsPerDay() {
        Document page = Jsoup.parse(server.get("/stories/" + flood).body());

        assertThat(page.select("svg#story-timeline rect.bar > title").eachText())
                .containsExactly("2024-05-05: 2 ASSAULT", "2024-05-06: 1 ASSAULT");
        assertThat(page.select("svg#story-timeline .x-label").eachText()).containsExactly("May 5", "May 6");
        assertThat(page.select("#story-timeline-days tbody tr").eachText())
                .containsExactly("2024-05-05 2 ASSAULT 2", "2024-05-06 1 ASSAULT 1");
    }

    @Test
    void theSearchPageListsTheStoryAndAnUnknownStoryIsA404Page() {
        Document home = Jsoup.parse(server.get("/").body());

        assertThat(home.select("#stories td a").eachAttr("href")).containsExactly("/stories/" + flood);
        assertThat(home.selectFirst("#recent h2").text()).isEqualTo("In the news 2024-04-30 to 2024-05-06");
        assertThat(home.select("#recent-stories td a").eachAttr("href")).containsExactly("/stories/" + flood);
        assertThat(server.get("/stories/424242").statusCode()).isEqualTo(404);
        assertThat(server.get("/stories/x").statusCode()).isEqualTo(400);
    }
}
