package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import picocli.CommandLine;

/** {@code bench --ingest}: the store timed as it grows, without the analyser. */
class BenchIngestCommandTest {

    @TempDir
    Path directory;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.getCommandSpec().removeSubcommand("bench");
        cli.addSubcommand("bench", new BenchCommand(config -> {
            throw new AssertionError("bench --ingest must not load the analyser");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "bench";
        System.arraycopy(args, 0, full, 1, args.length);
        return new Result(cli.execute(full), out.toString(), err.toString());
    }

    @Test
    void fillsTheStoreToEachSizeAndTimesTheNewArticlesThere() {
        String db = directory.resolve("db").toString();

        Result result = bench("--ingest", "--db", db, "--sizes", "60,30", "--new", "5");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("bench --ingest  new articles per size=5  db=" + db);
        assertThat(lines.get(1)).matches("ingest  stored=30  per article: median \\d+\\.\\d\\d ms  mean \\d+\\.\\d\\d ms  "
                + "p90 \\d+\\.\\d\\d ms  cpu median \\d+\\.\\d\\d ms  \\(filled in \\d+\\.\\d s\\)");
        assertThat(lines.get(2)).startsWith("ingest  stored=60  per article: median ");
        assertThat(lines.get(3)).matches("ingest  60 vs 30 stored: median \\d+\\.\\d\\dx  mean \\d+\\.\\d\\dx  "
                + "cpu median \\d+\\.\\d\\dx  (NOT )?within 25%");
        assertThat(result.exitCode()).isEqualTo(lines.get(3).endsWith("NOT within 25%") ? 1 : 0);
        assertThat(result.err()).contains("ingest bench: timed 5 new articles at 30 stored");
        try (ArticleStore store = Stores.open(db)) {
            // 30 to fill, 5 timed, 25 more to reach 60, 5 timed.
            assertThat(store.counts().articles()).isEqualTo(65);
        }
    }

    @Test
    void aStoreThatHoldsArticlesOrSizesTooCloseAreRefused() {
        String db = directory.resolve("db").toString();
        bench("--ingest", "--db", db, "--sizes", "3", "--new", "1");

        Result full = bench("--ingest", "--db", db, "--sizes", "3", "--new", "1");
        Result close = bench("--ingest", "--sizes", "10,12", "--new", "5");

        assertThat(full.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(full.err()).contains("--db must name an empty store: " + db + " holds articles");
        assertThat(close.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(close.err()).contains("sizes must each exceed the previous one by at least the 5 new articles");
    }

    @Test
    void withoutIngestADirectoryIsNeededAndWithItNone() {
        Result none = bench();
        Result both = bench("--ingest", directory.toString());

        assertThat(none.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(none.err()).contains("give a DIR of .txt files, or --ingest");
        assertThat(both.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(both.err()).contains("--ingest takes no DIR and no --compare-corenlp");
    }
}
