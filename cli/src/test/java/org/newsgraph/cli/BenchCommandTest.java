package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import picocli.CommandLine;

class BenchCommandTest {

    /** One analyser per test JVM: loading the models takes seconds and gigabytes. */
    private static final class SharedAnalyzer {
        static final Analyzer INSTANCE = Analyzer.create(AnalyzerConfig.defaults());
    }

    @TempDir
    static Path texts;

    @BeforeAll
    static void writeTexts() throws IOException {
        // Sorted by name: a, b, c. Tokens: 7, 6 and 10 (CoreNLP's English tokenizer).
        Files.writeString(texts.resolve("a.txt"), "Maria Lopez visited Madrid on Monday.");
        Files.writeString(texts.resolve("b.txt"), "The council approved the budget.");
        Files.writeString(texts.resolve("c.txt"), "\"We will appeal,\" the lawyer said.");
        Files.writeString(texts.resolve("notes.md"), "Not a text file, so not read.");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result bench(String... args) {
        return bench(config -> SharedAnalyzer.INSTANCE, args);
    }

    private static Result bench(java.util.function.Function<AnalyzerConfig, Analyzer> analyzers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        // The registered command would load a second analyser; this one shares the test's.
        cli.getCommandSpec().removeSubcommand("bench");
        cli.addSubcommand("bench", new BenchCommand(analyzers));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "bench";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = cli.execute(full);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void limitTakesTheFirstFilesInNameOrderAndPrintsEveryFigure() {
        Result result = bench(texts.toString(), "--limit", "2", "--threads", "1,2", "--warmup", "1");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("bench  docs=2  warm-up=1  -Xmx ")
                .contains(" GB  processors=").endsWith("dir=" + texts);
        assertThat(lines.get(1)).matches("newsgraph  model load \\d+\\.\\d s  peak heap \\d+\\.\\d GB");
        assertThat(lines.get(2)).matches("newsgraph  threads=1  docs=2  failures=0  tokens=13  \\d+\\.\\d s  "
                + "\\d+\\.\\d docs/s  [\\d,]+ tokens/s  peak heap \\d+\\.\\d GB  cpu \\d+\\.\\d s");
        assertThat(lines.get(3)).startsWith("newsgraph  threads=2  docs=2  failures=0  tokens=13  ");
        assertThat(result.err()).contains("newsgraph: loading models", "newsgraph: warming up on 1 documents");
    }

    @Test
    void jsonCarriesTheSameCountsWithoutALimit() throws IOException {
        Result result = bench(texts.toString(), "--format", "json", "--warmup", "0");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_OK);
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.get("documents").asInt()).isEqualTo(3);
        assertThat(root.get("warmup").asInt()).isEqualTo(0);
        assertThat(root.get("maxHeapBytes").asLong()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(root.get("systems")).hasSize(1);
        JsonNode newsgraph = root.get("systems").get(0);
        assertThat(newsgraph.get("name").asText()).isEqualTo("newsgraph");
        JsonNode run = newsgraph.get("runs").get(0);
        assertThat(run.get("threads").asInt()).isEqualTo(1);
        assertThat(run.get("documents").asInt()).isEqualTo(3);
        assertThat(run.get("failures").asInt()).isEqualTo(0);
        assertThat(run.get("tokens").asLong()).isEqualTo(23);
        assertThat(run.get("peakHeapBytes").asLong()).isPositive();
        assertThat(run.get("cpuSeconds").asDouble()).isPositive();
        assertThat(root.get("speedRatios")).isEmpty();
    }

    @Test
    void linkMeasuresTheAnalyserWithTheLinkerAfterTheOneWithout(@TempDir Path dir) throws IOException {
        Path index = org.newsgraph.pipeline.link.LinkerFiles.index(dir);
        org.newsgraph.pipeline.link.AliasIndexBuilder.build(new java.io.BufferedReader(
                new java.io.StringReader("Madrid\tMadrid\t0.95")), index, rows -> { });
        List<AnalyzerConfig> configs = new java.util.ArrayList<>();

        Result result = bench(config -> {
            configs.add(config);
            return SharedAnalyzer.INSTANCE;
        }, texts.toString(), "--link", "--link-dir", dir.toString(), "--warmup", "0");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.EXIT_OK);
        assertThat(configs).extracting(AnalyzerConfig::linkIndex).containsExactly(null, index);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).startsWith("newsgraph+link model load ");
        assertThat(lines.get(4)).startsWith("newsgraph+link threads=1  docs=3  failures=0  tokens=23  ");
        assertThat(lines.get(5)).matches("speed newsgraph/newsgraph\\+link  threads=1  \\d+\\.\\d\\dx  per cpu second .*");
        assertThat(result.err()).contains("newsgraph+link: loading models");
    }

    @Test
    void linkAndTheCoreNlpComparisonAreSeparateBenches() {
        Result result = bench(texts.toString(), "--link", "--compare-corenlp");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.err()).startsWith("newsgraph: --link and --compare-corenlp are separate benches");
    }

    @Test
    void aRejectedDocumentIsCountedAsAFailureWithExitCode1(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.txt"), "The mayor opened the new bridge on Friday.");
        Files.writeString(dir.resolve("2.txt"), "   \n  ");

        Result result = bench(dir.toString(), "--warmup", "0");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(result.out()).contains("newsgraph  threads=1  docs=2  failures=1  tokens=9  ");
        assertThat(result.err()).contains("newsgraph threads=1: failed on 2.txt: the text is empty");
    }

    @Test
    void aMissingDirectoryIsAUsageError(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");

        Result result = bench(missing.toString());

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("newsgraph: not a directory: " + missing + System.lineSeparator());
    }

    @Test
    void aDirectoryWithoutTextFilesIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("readme.md"), "no texts here");

        Result result = bench(dir.toString());

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("newsgraph: no .txt files in " + dir + System.lineSeparator());
    }

    @Test
    void fuzzReadsEveryKindAndReportsNoBrokenPromise() {
        Result result = bench("--fuzz", "20", "--fuzz-bytes", "512", "--seed", "5");

        assertThat(result.exitCode()).isEqualTo(0);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("fuzz: 20 files of each kind from seed 5, read only");
        assertThat(lines.subList(2, 9)).extracting(line -> line.split("\\s+")[0] + " " + line.split("\\s+")[1]
                + " " + line.split("\\s+")[4])
                .containsExactly(".txt 20 0", ".json 20 0", ".jsonl 20 0", ".html 20 0", ".warc 20 0", ".warc.gz 20 0",
                        ".xml 20 0");
        assertThat(lines.get(9)).isEqualTo("0 broken promises");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void fuzzTakesNoDirectoryAndAnalyzeNeedsFuzz() {
        assertThat(bench("--fuzz", "3", texts.toString()).err())
                .startsWith("newsgraph: --fuzz takes no DIR, no --ingest, no --hostile and no --compare-corenlp");
        assertThat(bench("--fuzz", "0").err()).startsWith("newsgraph: --fuzz must be at least 1: 0");
        Result analyzeAlone = bench(texts.toString(), "--analyze");
        assertThat(analyzeAlone.exitCode()).isEqualTo(2);
        assertThat(analyzeAlone.err()).startsWith("newsgraph: --analyze goes with --fuzz");
    }

    @Test
    void hostileTakesNoDirectory() {
        Result result = bench("--hostile", texts.toString());

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.err()).startsWith("newsgraph: --hostile takes no DIR, no --ingest and no --compare-corenlp\n");
    }

    @Test
    void aZeroThreadCountIsAUsageError() {
        Result result = bench(texts.toString(), "--threads", "1,0");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.err()).startsWith("newsgraph: --threads must list counts of at least 1: 0");
    }

    @Test
    void theCoreNlpComparisonAsksForABiggerHeapBeforeLoadingAnything() {
        assumeTrue(Runtime.getRuntime().maxMemory() < BenchCommand.MIN_HEAP_FOR_CORENLP,
                "this JVM's heap is big enough for the comparison");

        Result result = bench(texts.toString(), "--compare-corenlp");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("newsgraph: CoreNLP's full pipeline needs about 6 GB of heap")
                .contains("run with JAVA_OPTS=-Xmx8g for --compare-corenlp");
    }
}
