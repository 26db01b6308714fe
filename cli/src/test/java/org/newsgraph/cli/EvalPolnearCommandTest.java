package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPolnearCommandTest {

    @Test
    void aMissingOrMisshapenFolderIsAUsageError(@TempDir Path dir) {
        assertThat(CliRun.of("eval", "polnear", dir.resolve("none").toString()).exitCode()).isEqualTo(Main.EXIT_USAGE);
        CliRun r = CliRun.of("eval", "polnear", dir.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("is not a PolNeAR split");
    }

    @Test
    void scoresASplitWrittenForThisTest(@TempDir Path dir) throws IOException {
        String text = "The senator said the vote was rigged.";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/x_2020-01-02_vote.txt"), text);
        Files.writeString(dir.resolve("attributions/x_2020-01-02_vote_ab12.ann"), """
                T1\tSource 0 11\tThe senator
                T2\tCue 12 16\tsaid
                T3\tContent 17 36\tthe vote was rigged
                E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
                """);

        CliRun r = CliRun.of("eval", "polnear", "--format", "json", dir.toString());

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
        JsonNode scores = new ObjectMapper().readTree(r.out());
        assertThat(scores.get("gold").asInt()).isEqualTo(1);
        assertThat(scores.get("relation").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(scores.get("cue_exact").get("f1").asDouble()).isEqualTo(1.0);
    }
}
