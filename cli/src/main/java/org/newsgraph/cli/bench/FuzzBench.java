package org.newsgraph.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.fuzz.HostileFiles;
import org.newsgraph.io.fuzz.ReaderFuzz;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.AnalysisCancelledException;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;

/**
 * The fuzz suite's long run ({@code newsgraph bench --fuzz N}): N generated hostile files of every
 * kind through the readers and, if given an analyser, every article they yield through the analyser
 * under the time budget. Prints one line per kind (files, articles, reported failures, broken
 * promises, slowest file, rate) and then each broken promise with the seed that makes its file again.
 * Not thread-safe.
 */
public final class FuzzBench {

    /** How far past its budget an analysis may end before it counts as a stall (the next cancellation check). */
    static final Duration STALL_GRACE = Duration.ofSeconds(5);
    private static final int MAX_LISTED = 20;

    private final HostileFiles files;
    private final long firstSeed;
    private final int count;
    private final @Nullable Analyzer analyzer;
    private final Duration budget;
    /** With an analyser: articles analysed, refused, stopped at the budget, failed in a stage. */
    private final long[] analysis = new long[4];

    /**
     * @param count     files per kind
     * @param firstSeed the seed of the first file of each kind; the others follow it
     * @param maxBytes  about the largest file
     * @param analyzer  the analyser the articles go through, or null to only read
     */
    public FuzzBench(int count, long firstSeed, int maxBytes, @Nullable Analyzer analyzer, Duration budget) {
        this.files = new HostileFiles(maxBytes);
        this.count = count;
        this.firstSeed = firstSeed;
        this.analyzer = analyzer;
        this.budget = budget;
    }

    /**
     * Runs every kind and prints the report to {@code out}.
     *
     * @return the number of broken promises (escaped exceptions, bad messages, stalls)
     */
    public int run(PrintWriter out) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("newsgraph-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory", e);
        }
        ReaderFuzz fuzz = new ReaderFuzz(scratch, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, null));
        out.printf(Locale.ROOT, "fuzz: %,d files of each kind from seed %d%s%n", count, firstSeed,
                analyzer == null ? ", read only" : ", articles analysed under a budget of " + budget.toSeconds() + " s");
        out.printf(Locale.ROOT, "%-8s %7s %9s %9s %9s %11s %9s%n", "kind", "files", "articles", "failures", "broken",
                "slowest ms", "files/s");
        out.flush();
        List<String> broken = new ArrayList<>();
        for (HostileFiles.Kind kind : HostileFiles.Kind.values()) {
            Tally tally = new Tally();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long seed = firstSeed + i;
                HostileFiles.HostileFile file = files.generate(kind, seed);
                long fileStart = System.nanoTime();
                ReaderFuzz.Outcome outcome = fuzz.read(file, article -> analyse(article, file, tally, broken));
                tally.add(outcome, System.nanoTime() - fileStart);
                outcome.violations().forEach(v -> broken.add(file.name() + " (seed " + seed + "): " + v));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%-8s %,7d %,9d %,9d %,9d %,11d %9.1f%n", kind.extension(), count, tally.articles,
                    tally.failures, tally.broken, tally.slowestNanos / 1_000_000, count / Math.max(seconds, 1e-9));
            out.flush();
        }
        if (analyzer != null) {
            out.printf(Locale.ROOT, "analysed %,d, refused %,d, stopped at the budget %,d, failed %,d%n",
                    analysis[0], analysis[1], analysis[2], analysis[3]);
        }
        out.printf(Locale.ROOT, "%,d broken promise%s%n", broken.size(), broken.size() == 1 ? "" : "s");
        broken.stream().limit(MAX_LISTED).forEach(line -> out.println("  " + line));
        if (broken.size() > MAX_LISTED) {
            out.printf(Locale.ROOT, "  ... and %,d more%n", broken.size() - MAX_LISTED);
        }
        out.flush();
        try {
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            out.println("newsgraph: cannot delete " + scratch + ": " + e.getMessage());
        }
        return broken.size();
    }

    private void analyse(Article article, HostileFiles.HostileFile file, Tally tally, List<String> broken) {
        if (analyzer == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            analyzer.analyze(article, budget);
            analysis[0]++;
        } catch (RejectedInputException e) {
            analysis[1]++;
        } catch (AnalysisCancelledException e) {
            analysis[2]++;
        } catch (StageException e) {
            analysis[3]++;
        } catch (RuntimeException | StackOverflowError e) {
            tally.broken++;
            broken.add(file.name() + " (seed " + file.seed() + "): the analysis threw " + e);
        }
        long nanos = System.nanoTime() - start;
        if (nanos > budget.plus(STALL_GRACE).toNanos()) {
            tally.broken++;
            broken.add(String.format(Locale.ROOT, "%s (seed %d): the analysis took %.1f s, over its budget of %d s",
                    file.name(), file.seed(), nanos / 1e9, budget.toSeconds()));
        }
    }

    private static final class Tally {
        long articles;
        long failures;
        long broken;
        long slowestNanos;

        void add(ReaderFuzz.Outcome outcome, long nanos) {
            articles += outcome.articles();
            failures += outcome.failures();
            broken += outcome.violations().size();
            slowestNanos = Math.max(slowestNanos, nanos);
        }
    }
}
