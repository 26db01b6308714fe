package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument errors of {@code train attribution} and of {@code eval polnear --model} (no CoreNLP loaded). */
class TrainAttributionCommandTest {

    private record Result(int exitCode, String err) {
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Result(code, err.toString());
    }

    @Test
    void aMissingFolderOrBadOptionIsAUsageErrorInOneLine(@TempDir Path dir) {
        Result missing = run("train", "attribution", dir.resolve("none").toString(), "--out", dir.resolve("m").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("no such directory");
        Result folds = run("train", "attribution", dir.toString(), "--out", dir.resolve("m").toString(), "--folds", "1");
        assertThat(folds.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(folds.err()).contains("--folds 0 or at least 2");
        assertThat(run("train", "attribution", dir.toString()).exitCode()).isEqualTo(Main.EXIT_USAGE); // no --out
        Result precision = run("train", "attribution", dir.toString(), "--out", dir.resolve("m").toString(),
                "--cue-min-precision", "1.5");
        assertThat(precision.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(precision.err().strip()).doesNotContain("\n").contains("--cue-min-precision from 0 to 1");
        Result boundaryLambda = run("train", "attribution", dir.toString(), "--out", dir.resolve("m").toString(),
                "--boundary-lambda", "-1");
        assertThat(boundaryLambda.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(boundaryLambda.err().strip()).doesNotContain("\n").contains("--boundary-lambda");
    }

    @Test
    void aMalformedModelFileIsAUsageError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/x_2020-01-02_vote.txt"), "The senator said the vote was rigged.");
        Files.writeString(dir.resolve("attributions/x_2020-01-02_vote_ab12.ann"), "T3\tContent 17 36\tthe vote was rigged\n"
                + "E1\tAttribution:T3 Content:T3\n");
        Path model = dir.resolve("model.tsv");
        Files.writeString(model, "cue=say two\n");
        Result r = run("eval", "polnear", dir.toString(), "--model", model.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("cannot read the attribution model").contains("line 1");
    }
}
