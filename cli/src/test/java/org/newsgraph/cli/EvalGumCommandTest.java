package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalGumCommandTest {

    /** The GUM-format fixture of the eval module: 3 sentences, 8 gold mentions in 5 chains. */
    private static final Path FIXTURE = Path.of("..", "eval", "src", "test", "resources", "gum");
    private static final Path GUM = Path.of("..", "..", "shared", "data", "gum-news");

    @Test
    void evalAloneShowsItsSubcommands() {
        CliRun r = CliRun.of("eval");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("Usage: newsgraph eval").contains("gum");
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        CliRun r = CliRun.of("eval", "gum", "no/such/dir");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).isEqualTo("newsgraph: not a directory: no/such/dir" + System.lineSeparator());
    }

    @Test
    void aDirectoryWithoutConlluFilesIsAUsageError() {
        CliRun r = CliRun.of("eval", "gum", FIXTURE.resolve("dep").getParent().getParent().toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).startsWith("newsgraph: no .conllu files in ");
    }

    @Test
    void limitMustBePositive() {
        CliRun r = CliRun.of("eval", "gum", "--limit", "0", FIXTURE.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--limit must be at least 1: 0");
    }

    @Test
    void helpDocumentsTheChoices() {
        CliRun r = CliRun.of("eval", "gum", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("NNPS", "place=GPE+LOCATION", "object=VEHICLE+WEAPON+FACILITY",
                "CoNLL-2012");
    }

    @Test
    void printsTablesForTheFixture() {
        CliRun r = CliRun.of("eval", "gum", FIXTURE.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/1] GUM_news_fixture");
        assertThat(r.out())
                .contains("1 documents scored")
                .contains("gold: 8 mentions (5 named) in 5 chains (4 with a named mention)")
                .contains("Mentions: named gold mentions (NNP/NNPS head) vs newsgraph NAME mentions")
                .contains("Coreference: newsgraph entities vs GUM chains")
                .containsPattern("(?m)^MUC +-?\\d")
                .containsPattern("(?m)^CoNLL F1 ");
        // Gold columns: 2 named persons (Maria Lopez, Lopez), then 3 persons in all (She too).
        assertThat(r.out()).containsPattern("(?m)^person +2 +\\d+ ").containsPattern("(?m)^person +3 +\\d+ ");
        assertThat(r.out()).containsPattern("(?m)^any type +5 +\\d+ ").containsPattern("(?m)^any type +8 +\\d+ ");
    }

    @Test
    void aCachedRunScoresAsTheFirst(@TempDir Path cache) throws Exception {
        CliRun first = CliRun.of("eval", "gum", "--cache", cache.toString(), FIXTURE.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("GUM_news_fixture.json.gz");
        }
        CliRun second = CliRun.of("eval", "gum", "--cache", cache.toString(), FIXTURE.toString());
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(CliRun.of("eval", "gum", FIXTURE.toString()).out());
    }

    @Test
    void jsonCarriesRatiosAndRawCounts() throws Exception {
        CliRun r = CliRun.of("eval", "gum", "--format", "json", FIXTURE.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("counts").path("documents").asInt()).isEqualTo(1);
        assertThat(json.path("counts").path("goldNamedChains").asInt()).isEqualTo(4);
        JsonNode persons = json.path("mentions").path("named").path("exact").path("person");
        assertThat(persons.path("recallDenominator").asDouble()).isEqualTo(2.0);
        // Both "Maria Lopez" and "Lopez" are plain person names any analyser must find exactly.
        assertThat(persons.path("recall").asDouble()).isEqualTo(1.0);
        JsonNode conll = json.path("coreference").path("all").path("head").path("conllF1");
        assertThat(conll.isNumber()).isTrue();
        assertThat(conll.asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void scoresTwoRealGumDocuments() throws Exception {
        assumeTrue(Files.isDirectory(GUM.resolve("dep")), "no GUM data at " + GUM.toAbsolutePath());
        CliRun r = CliRun.of("eval", "gum", "--limit", "2", "--format", "json", GUM.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode counts = new ObjectMapper().readTree(r.out()).path("counts");
        assertThat(counts.path("documents").asInt()).isEqualTo(2);
        // GUM_news_afghan has 276 gold mentions and GUM_news_asylum 102.
        assertThat(counts.path("goldMentions").asInt()).isEqualTo(378);
        assertThat(counts.path("predictedMentions").asInt()).isPositive();
    }
}
