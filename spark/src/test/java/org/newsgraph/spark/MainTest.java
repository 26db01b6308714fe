package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's usage errors, which end before a Spark session starts. */
class MainTest {

    @Test
    void anUnknownFormatIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("analyze", "in", "--output", "out", "--format", "xml");
        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("newsgraph spark: --format must be parquet or jsonl: xml" + System.lineSeparator());
    }

    @Test
    void theOutputIsRequired() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("analyze", "in")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith("Missing required option: '--output=DIR'");
    }

    @Test
    void benchNeedsAMaster() {
        assertThat(usageError("bench", "in", "--masters", " "))
                .isEqualTo("newsgraph spark: --masters needs at least one master URL" + System.lineSeparator());
    }

    /** A run's line: its warm figures and its speed-up over the first run. */
    @Test
    void benchLinesGiveTheSpeedUpOverTheFirstRun() {
        SparkBenchCommand.Timing one = new SparkBenchCommand.Timing("local[1]", 1, 40, 20.0, 2_800_000_000L);
        SparkBenchCommand.Timing two = new SparkBenchCommand.Timing("standalone 2x1", 2, 40, 12.5, 1_900_000_000L);

        assertThat(SparkBenchCommand.line(one, two)).isEqualTo(
                "standalone 2x1       2 cores, 40 documents in 12.5 s warm: 3.20 documents/s, 1.60x local[1], peak heap 1.9 GB");
        assertThat(SparkBenchCommand.line(one, one)).isEqualTo(
                "local[1]             1 cores, 40 documents in 20.0 s warm: 2.00 documents/s, 1.00x local[1], peak heap 2.8 GB");
    }

    /** Each Spark run against analyze on as many threads as it has cores; a run without one is left out. */
    @Test
    void benchComparesSparkPerCoreWithAnalyzeOnAsManyThreads() {
        List<SparkBenchCommand.Timing> timings = List.of(
                new SparkBenchCommand.Timing("local[1]", 1, 40, 20.0, 0),
                new SparkBenchCommand.Timing("local[4]", 4, 40, 5.0, 0),
                new SparkBenchCommand.Timing("standalone 2x1", 2, 40, 12.5, 0),
                new SparkBenchCommand.Timing("analyze --threads 1", 1, 40, 16.0, 0),
                new SparkBenchCommand.Timing("analyze --threads 2", 2, 40, 10.0, 0));

        assertThat(SparkBenchCommand.perCore(timings)).containsExactly(
                "local[1]             0.80 of analyze --threads 1 (2.00 against 2.50 documents/s per core)",
                "standalone 2x1       0.80 of analyze --threads 2 (1.60 against 2.00 documents/s per core)");
    }

    @Test
    void benchRefusesANegativeThreadCount() {
        assertThat(usageError("bench", "in", "--threads", "1,-2")).isEqualTo(
                "newsgraph spark: --threads must list counts of at least 1, or 0: [1, -2]" + System.lineSeparator());
    }

    @Test
    void benchRefusesInputsWithoutAnArticleFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "not an article");
        assertThat(usageError("bench", dir.toString())).isEqualTo("newsgraph spark: no .txt, .json, .jsonl, .html, "
                + ".htm, .warc, .warc.gz file in " + dir + System.lineSeparator());
    }

    /** What the command line prints on standard error for {@code args}, which must be a usage error. */
    private static String usageError(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).isEqualTo(Main.EXIT_USAGE);
        return err.toString();
    }

    @Test
    void withoutASubcommandTheUsageIsShown() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute()).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith("Usage: newsgraph spark [-hV] [COMMAND]");
    }

    @Test
    void linkRefusesADirectoryWithoutADocumentsTable(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("link", dir.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("newsgraph spark: no documents table in " + dir
                + " (run spark analyze first)" + System.lineSeparator());
    }

    @Test
    void linkRefusesAJsonLinesDocumentsTable(@TempDir Path dir) throws IOException {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("_SUCCESS"), "");
        Files.writeString(documents.resolve("part-00000-x.txt"), "{}\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("link", dir.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith("newsgraph spark: the documents table in " + dir + " is not Parquet");
    }
}
