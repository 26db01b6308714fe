package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.Stores;
import picocli.CommandLine;

/** {@code newsgraph ingest} with a fake analyser: exit codes, summaries, idempotence, versions. */
class IngestCommandTest {

    private static final String TIME = "in \\d+(\\.\\d)?s";

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    /** Counts the articles it is asked to analyse. */
    private static final class Counting implements Function<Article, Doc> {
        final AtomicInteger calls = new AtomicInteger();
        private final FakeAnalyzer fake = new FakeAnalyzer(0);

        @Override
        public Doc apply(Article article) {
            calls.incrementAndGet();
            return fake.apply(article);
        }
    }

    private static Result ingest(Function<Article, Doc> analyzer, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand(analyzer, env));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result ingest(Function<Article, Doc> analyzer, String... paths) {
        String[] args = new String[paths.length + 2];
        args[0] = "--db";
        args[1] = db();
        System.arraycopy(paths, 0, args, 2, paths.length);
        return ingest(analyzer, Map.of(), args);
    }

    private String db() {
        return dir.resolve("db").toString();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<ArticleKey> storedKeys() {
        try (ArticleStore store = Stores.open(db())) {
            return store.keys();
        }
    }

    private StoreCounts storedCounts() {
        try (ArticleStore store = Stores.open(db())) {
            return store.counts();
        }
    }

    private void writeThreeArticles() throws IOException {
        write("a.txt", "Maria Lopez met Tom Berg in Oslo.");
        write("b.txt", "Berg said the talks went well.");
        write("c.txt", "Lopez flew home on Friday.");
    }

    @Test
    void storesEveryArticleAndPrintsASummary() throws IOException {
        writeThreeArticles();

        Result result = ingest(new FakeAnalyzer(0), dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out().strip()).matches(
                Pattern.quote(db()) + ": 3 stored \\(3 new articles, 0 new versions\\), "
                        + "0 unchanged, 0 failed, " + TIME);
        assertThat(result.err()).isEmpty();
        assertThat(storedKeys()).extracting(ArticleKey::id).containsExactly("a", "b", "c");
        // Entities: Maria, Lopez, Tom, Berg, Oslo; Berg; Lopez, Friday.
        assertThat(storedCounts()).isEqualTo(new StoreCounts(3, 3, 8, 8, 0, 0, 0, 0));
    }

    @Test
    void aSecondRunAnalysesNothingAndAddsNothing() throws IOException {
        writeThreeArticles();
        ingest(new FakeAnalyzer(0), dir.resolve("in").toString());
        Counting counting = new Counting();

        Result again = ingest(counting, dir.resolve("in").toString());

        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.out()).contains(": 0 stored (0 new articles, 0 new versions), 3 unchanged, 0 failed, ");
        assertThat(counting.calls).hasValue(0);
        assertThat(storedCounts()).isEqualTo(new StoreCounts(3, 3, 8, 8, 0, 0, 0, 0));
    }

    @Test
    void aChangedTextIsStoredAsANewVersion() throws IOException {
        writeThreeArticles();
        ingest(new FakeAnalyzer(0), dir.resolve("in").toString());
        write("b.txt", "Berg said the talks went well, Lopez agreed.");
        Counting counting = new Counting();

        Result result = ingest(counting, dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains(": 1 stored (0 new articles, 1 new version), 2 unchanged, 0 failed, ");
        assertThat(counting.calls).hasValue(1);
        try (ArticleStore store = Stores.open(db())) {
            assertThat(store.versions("b")).extracting(v -> v.version() + ":" + v.latest())
                    .containsExactly("1:false", "2:true");
        }
    }

    @Test
    void failuresAreReportedOneALineAndTheOthersAreStored() throws IOException {
        write("a.txt", "Maria Lopez met Tom Berg in Oslo.");
        write("b.txt", "");
        write("c.txt", "REJECT this one.");
        write("d.txt", "Lopez flew home on Friday.");

        Result result = ingest(new FakeAnalyzer(0), dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly(
                dir.resolve("in").resolve("b.txt") + ": empty",
                dir.resolve("in").resolve("c.txt") + ": the text is not in English");
        assertThat(result.out()).contains(": 2 stored (2 new articles, 0 new versions), 0 unchanged, 2 failed, ");
        assertThat(storedKeys()).extracting(ArticleKey::id).containsExactly("a", "d");
    }

    @Test
    void withoutATerminalProgressIsAPlainLineEveryHundredArticles() throws IOException {
        for (int i = 0; i < 250; i++) {
            write(String.format("n%03d.txt", i), "Report number " + i + " from Lima.");
        }

        Result result = ingest(new FakeAnalyzer(0), "--threads", "2", dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err().lines()).allMatch(line -> line.startsWith("ingest: "))
                .anyMatch(line -> line.matches("ingest: 100 of 250 \\(40%\\), .*"))
                .anyMatch(line -> line.matches("ingest: 200 of 250 \\(80%\\), .*"));
        assertThat(result.out()).contains(": 250 stored (250 new articles, 0 new versions), 0 unchanged, 0 failed");
    }

    @Test
    void theDatabaseDefaultsToNewsgraphDb() throws IOException {
        writeThreeArticles();

        Result result = ingest(new FakeAnalyzer(0), Map.of("NEWSGRAPH_DB", db()), dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).startsWith(db() + ": 3 stored");
        assertThat(storedKeys()).hasSize(3);
    }

    @Test
    void anUnsupportedDatabaseIsAUsageError() throws IOException {
        writeThreeArticles();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "ingest", "--db",
                "jdbc:mysql://localhost/news?password=secret", dir.resolve("in").toString());

        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString().strip()).isEqualTo("newsgraph: unsupported database URL jdbc:mysql://localhost/news?password=***: give a directory, "
                + "a jdbc:postgresql:// URL or a jdbc:h2:file: URL");
    }

    @Test
    void badThreadsIsAUsageError() {
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--db", db(),
                "--threads", "0", dir.toString());

        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString().strip()).isEqualTo("newsgraph: --threads must be between 1 and 64: 0");
    }

    @Test
    void linkingOptionsAreCheckedBeforeAnythingIsStored() throws IOException {
        writeThreeArticles();
        StringWriter threshold = new StringWriter();
        StringWriter analysed = new StringWriter();

        int badThreshold = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(threshold), "ingest",
                "--db", db(), "--link", "--link-threshold", "1.5", dir.resolve("in").toString());
        int withAnalysed = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(analysed), "ingest",
                "--db", db(), "--link", "--analysed", dir.resolve("in").toString());

        assertThat(badThreshold).isEqualTo(Main.EXIT_USAGE);
        assertThat(threshold.toString().strip()).isEqualTo("newsgraph: --link-threshold must be in [0, 1]: 1.5");
        assertThat(withAnalysed).isEqualTo(Main.EXIT_USAGE);
        assertThat(analysed.toString().strip()).isEqualTo("newsgraph: --link links while analysing; --analysed "
                + "stores documents as they were analysed (analyze --link links them)");
        assertThat(Files.exists(dir.resolve("db"))).isFalse();
    }

    @Test
    void unreadableInputsNeedNoModelsAndExitOne() throws IOException {
        Path empty = write("empty.txt", "");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "ingest", "--db", db(),
                empty.toString(), dir.resolve("missing.txt").toString());

        assertThat(code).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(err.toString().lines()).containsExactly(empty + ": empty",
                dir.resolve("missing.txt") + ": no such file or directory");
        assertThat(out.toString()).contains(": 0 stored (0 new articles, 0 new versions), 0 unchanged, 2 failed, ");
    }
}
