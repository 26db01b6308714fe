package org.newsgraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestReportTest {

    private static final IngestReport.Size SMALL = new IngestReport.Size(1000, 12.5, 2.5, 2.5, 4.0, 1.25);

    @Test
    void aSizeSummarisesItsTimes() {
        assertThat(IngestReport.Size.of(1000, 12.5, new double[] {4, 1, 3, 2}, new double[] {2, 0.5, 1.5, 1}))
                .isEqualTo(SMALL);
        assertThat(IngestReport.Size.of(10, 1, new double[] {3, 1, 2}, new double[] {1, 1, 1}).medianMs())
                .isEqualTo(2);
        assertThatThrownBy(() -> IngestReport.Size.of(10, 1, new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no article was timed");
    }

    @Test
    void growthWithinAQuarterPassesAndTheLinesSayIt() {
        IngestReport report = new IngestReport("/tmp/db", 200,
                List.of(SMALL, new IngestReport.Size(10000, 130, 3.1, 3.0, 5.0, 1.5)));

        assertThat(report.growth()).containsExactly(1.0, 1.2);
        assertThat(report.withinBound()).isTrue();
        assertThat(report.textLines()).containsExactly(
                "bench --ingest  new articles per size=200  db=/tmp/db",
                "ingest  stored=1,000  per article: median 2.50 ms  mean 2.50 ms  p90 4.00 ms  cpu median 1.25 ms  "
                        + "(filled in 12.5 s)",
                "ingest  stored=10,000  per article: median 3.00 ms  mean 3.10 ms  p90 5.00 ms  cpu median 1.50 ms  "
                        + "(filled in 130.0 s)",
                "ingest  10,000 vs 1,000 stored: median 1.20x  mean 1.24x  cpu median 1.20x  within 25%");
    }

    @Test
    void growthBeyondAQuarterFailsAndTheJsonSaysIt() throws IOException {
        IngestReport report = new IngestReport("/tmp/db", 200,
                List.of(SMALL, new IngestReport.Size(10000, 130, 3.0, 3.2, 5.0, 1.5)));

        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(report.withinBound()).isFalse();
        assertThat(report.textLines().get(3)).endsWith("NOT within 25%");
        assertThat(json.get("withinBound").asBoolean()).isFalse();
        assertThat(json.get("sizes").get(1).get("medianGrowth").asDouble()).isEqualTo(1.28);
        assertThat(json.get("sizes").get(0).get("cpuMedianMs").asDouble()).isEqualTo(1.25);
    }

    @Test
    void sizesMustLeaveRoomForTheTimedArticles() {
        assertThat(IngestBench.checkedSizes(List.of(10000, 1000), 200)).containsExactly(1000, 10000);
        assertThatThrownBy(() -> IngestBench.checkedSizes(List.of(100, 150), 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sizes must each exceed the previous one by at least the 100 new articles timed there: "
                        + "[100, 150]");
        assertThatThrownBy(() -> IngestBench.checkedSizes(List.of(100), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameIndexGivesTheSameArticleAndOthersDiffer() {
        SyntheticArticles articles = new SyntheticArticles(7);

        assertThat(articles.article(3, "a")).isEqualTo(articles.article(3, "a"));
        assertThat(articles.article(4, "b").text()).isNotEqualTo(articles.article(3, "a").text());
        assertThat(articles.article(3, "a").entities()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(articles.article(3, "a").events()).hasSize(2);
    }
}
