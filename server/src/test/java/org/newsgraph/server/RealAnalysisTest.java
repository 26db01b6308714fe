package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/analyze} with the real analyser on the example article. */
class RealAnalysisTest {

    static final Path EXAMPLE = Path.of("..", "examples", "kim-jong-un-arrives-in-russia.txt");

    @Test
    void theExampleArticleCreditsTheAccordingToClaimToPeskov(@TempDir Path directory) throws Exception {
        try (TestServer server = new TestServer(directory, article -> SharedAnalyser.get().analyze(article))) {
            HttpResponse<String> response = server.post("/api/analyze", "text/plain; charset=utf-8",
                    Files.readString(EXAMPLE));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode document = new ObjectMapper().readTree(response.body());
            Map<String, String> names = new HashMap<>();
            document.path("entities").forEach(e -> names.put(e.path("id").asText(), e.path("name").asText()));
            JsonNode according = null;
            for (JsonNode attribution : document.path("attributions")) {
                if (attribution.path("cue").path("text").asText().equalsIgnoreCase("according to")) {
                    according = attribution;
                }
            }
            assertThat(according).as("an attribution cued by 'According to'").isNotNull();
            assertThat(names.get(according.path("source").path("entity").asText())).isEqualTo("Dmitry Peskov");
            assertThat(according.path("content").path("text").asText())
                    .startsWith("The two “internationally isolated” leaders will meet later this week");
        }
    }
}
