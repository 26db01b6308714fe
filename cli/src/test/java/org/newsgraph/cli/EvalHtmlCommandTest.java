package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalHtmlCommandTest {

    /** Two pages: 5 wanted snippets (one absent from its page), 6 unwanted (one, "Den Teig", in the body). */
    private static final Path FIXTURE = Path.of("..", "eval", "src", "test", "resources", "html-eval");
    private static final Path DATA = Path.of("..", "..", "shared", "data", "html-eval");

    @Test
    void scoresTheFixtureAsJson() throws Exception {
        CliRun r = CliRun.of("eval", "html", "--format", "json", FIXTURE.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(r.out()).get("all");
        assertThat(all.get("pages").asInt()).isEqualTo(2);
        assertThat(all.get("tp").asInt()).isEqualTo(4);
        assertThat(all.get("fn").asInt()).isEqualTo(1);
        assertThat(all.get("fp").asInt()).isEqualTo(1);
        assertThat(all.get("precision").asDouble()).isEqualTo(0.8);
        assertThat(all.get("recall").asDouble()).isEqualTo(0.8);
        assertThat(all.get("title_found").asDouble()).isEqualTo(1.0);
        assertThat(all.get("date_found").asDouble()).isEqualTo(0.5);
        JsonNode english = new ObjectMapper().readTree(r.out()).get("english");
        assertThat(english.get("pages").asInt()).isEqualTo(1);
        assertThat(english.get("tp").asInt()).isEqualTo(2);
        assertThat(english.get("fn").asInt()).isEqualTo(1);
    }

    @Test
    void extractsJsonLinesScoreAsTheExtractorDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path lines = dir.resolve("pages.jsonl");
        CliRun extract = CliRun.of("extract", "--output", lines.toString(), FIXTURE.resolve("pages").toString());

        CliRun direct = CliRun.of("eval", "html", "--format", "json", FIXTURE.toString());
        CliRun read = CliRun.of("eval", "html", "--format", "json", "--extracted", lines.toString(), FIXTURE.toString());

        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).isEqualTo(direct.out()).contains("\"tp\":4,\"fn\":1,\"fp\":1");
    }

    @Test
    void printsATableAndTheMisses() {
        CliRun r = CliRun.of("eval", "html", "--misses", FIXTURE.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "https://valley.example/news/council-budget (council.html)" + System.lineSeparator()
                        + "  missing:  a snippet the page does not have",
                "https://kuchen.example/apfelkuchen (rezept.html)" + System.lineSeparator()
                        + "  unwanted: Den Teig");
        assertThat(r.out()).containsPattern("(?m)^all +2 +0\\.800 +0\\.800 +0\\.800 +1 +100\\.0% +50\\.0%$");
        assertThat(r.out()).containsPattern("(?m)^English +1 +1\\.000 +0\\.667 +0\\.800 +0 ");
    }

    @Test
    void limitScoresTheFirstPagesOnly() throws Exception {
        CliRun r = CliRun.of("eval", "html", "--format", "json", "--limit", "1", FIXTURE.toString());

        assertThat(new ObjectMapper().readTree(r.out()).get("all").get("pages").asInt()).isEqualTo(1);
    }

    @Test
    void folderWithoutExpectedJsonIsAUsageError() {
        CliRun r = CliRun.of("eval", "html", "src");

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).isEqualTo("newsgraph: no expected.json in src" + System.lineSeparator());
    }

    @Test
    void limitMustBePositive() {
        CliRun r = CliRun.of("eval", "html", "--limit", "0", FIXTURE.toString());

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--limit must be at least 1: 0");
    }

    @Test
    void realDataFirstTwentyPages() throws Exception {
        assumeTrue(Files.isRegularFile(DATA.resolve("expected.json")), "no shared html-eval data");

        CliRun r = CliRun.of("eval", "html", "--format", "json", "--limit", "20", DATA.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(r.out()).get("all");
        assertThat(all.get("pages").asInt()).isEqualTo(20);
        assertThat(all.get("tp").asInt() + all.get("fn").asInt()).isEqualTo(51);
        assertThat(all.get("f1").asDouble()).isGreaterThan(0.85);
    }
}
