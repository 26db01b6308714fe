package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.Stores;
import picocli.CommandLine;

/**
 * An ingest killed with SIGKILL at any moment, then run again, ends with exactly the store of a
 * clean run: nothing lost, nothing doubled. The ingest runs in a child JVM ({@link FakeIngestMain},
 * the real command with a fake analyser so that no models load) on an embedded H2 database; the
 * test reads its progress and kills it mid-way, twice, then lets a last run finish. Meanwhile,
 * another process can read the store.
 */
class IngestKillTest {

    private static final int ARTICLES = 150;
    private static final String[] NAMES = {"Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad",
        "Ivanova", "Jones", "Kim", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Singh",
        "Tanaka", "Ueda", "Volkov", "Weber", "Xu", "Yilmaz", "Zhang", "Oslo", "Lima", "Cairo", "Dhaka"};

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidWayAndRunAgainEndsWithTheArticlesOfACleanRun() throws Exception {
        Path inputs = writeArticles();
        String clean = dir.resolve("clean").toString();
        assertThat(ingestHere(clean, inputs)).isEqualTo(0);
        List<ArticleKey> expected;
        StoreCounts expectedCounts;
        try (ArticleStore store = Stores.open(clean)) {
            expected = store.keys();
            expectedCounts = store.counts();
        }
        assertThat(expected).hasSize(ARTICLES);

        String killed = dir.resolve("killed").toString();
        int storedSoFar = 0;
        for (int killAfter : new int[] {15, 30}) {
            Process child = startIngest(killed, inputs, 10, "--verbose", "--threads", "2");
            storedSoFar += readStoredLines(child, killAfter);
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close, maybe mid-transaction
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (ArticleStore store = Stores.open(killed)) {
                List<ArticleKey> keys = store.keys();
                assertThat(expected).containsAll(keys);
                // Every article reported stored survived the kill, and the run was stopped before its end.
                assertThat(keys.size()).isBetween(storedSoFar, ARTICLES - 1);
                storedSoFar = keys.size();
            }
        }

        Process last = startIngest(killed, inputs, 0);
        String lastErr = new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(lastErr).isEqualTo(0);
        String summary = Files.readString(dir.resolve("child-out.txt"), StandardCharsets.UTF_8);
        assertThat(summary).contains(": " + (ARTICLES - storedSoFar) + " stored (" + (ARTICLES - storedSoFar)
                + " new articles, 0 new versions), " + storedSoFar + " unchanged, 0 failed, ");
        try (ArticleStore store = Stores.open(killed)) {
            assertThat(store.keys()).isEqualTo(expected);
            assertThat(store.counts()).isEqualTo(expectedCounts);
        }
    }

    @Test
    void anotherProcessReadsTheStoreWhileAnIngestWrites() throws Exception {
        Path inputs = writeArticles();
        String db = dir.resolve("shared").toString();
        Process child = startIngest(db, inputs, 100, "--verbose");
        try {
            int reported = readStoredLines(child, 10);

            // The child holds the H2 file and serves it (AUTO_SERVER); this JVM reads through it.
            try (ArticleStore reader = Stores.open(db)) {
                assertThat(reader.keys().size()).isBetween(reported, ARTICLES - 1);
            }
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Texts of 120 words with many capitalised names: dozens of entity and mention rows per article. */
    private Path writeArticles() throws IOException {
        Path inputs = dir.resolve("in");
        Files.createDirectories(inputs);
        Random random = new Random(42);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder("Report ").append(i).append('.');
            for (int w = 0; w < 120; w++) {
                text.append(' ').append(w % 3 == 0 ? "and" : NAMES[random.nextInt(NAMES.length)]);
            }
            Files.writeString(inputs.resolve(String.format("r%03d.txt", i)), text.append('.'), StandardCharsets.UTF_8);
        }
        return inputs;
    }

    private static int ingestHere(String db, Path inputs) {
        CommandLine cli = new CommandLine(new IngestCommand(new FakeAnalyzer(0), Map.of()));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute("--db", db, inputs.toString());
    }

    private Process startIngest(String db, Path inputs, long millisPerArticle, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-D" + FakeIngestMain.MILLIS_PROPERTY + "=" + millisPerArticle,
                "-cp", System.getProperty("java.class.path"), FakeIngestMain.class.getName(), "ingest"));
        command.addAll(List.of(options));
        command.addAll(List.of("--db", db, inputs.toString()));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("child-out.txt").toFile()).start();
    }

    /** Reads the child's error stream until it has reported {@code count} articles stored; returns the count. */
    private static int readStoredLines(Process child, int count) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        int stored = 0;
        List<String> seen = new ArrayList<>();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            seen.add(line);
            if (line.contains(": stored (analysed in ")) {
                stored++;
                if (stored == count) {
                    return stored;
                }
            }
        }
        return fail("the ingest ended before storing " + count + " articles: " + String.join("\n", seen));
    }
}
