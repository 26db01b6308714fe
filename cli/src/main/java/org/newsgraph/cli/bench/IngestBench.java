package org.newsgraph.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.store.ArticleStore;

/**
 * Times {@link ArticleStore#store} as the store grows: fills an empty store with
 * {@link SyntheticArticles} up to each size in turn and, at each, stores a fixed number of new
 * articles one by one and times each. The new articles of every size are fresh draws from the same
 * generator (the articles of one size stored again would only be found unchanged), and they count
 * towards the next size. Each is timed on the clock and in CPU time of the storing thread (which other
 * load on the machine hardly changes; the database's own background threads are not in it). Progress
 * goes to the progress writer, meant to be standard error.
 */
public final class IngestBench {

    /** How often filling reports its progress, in articles. */
    static final int PROGRESS_EVERY = 1_000;
    /** The article index the new articles of each size start from, beyond any filling. */
    private static final long PROBES = 1L << 40;

    private final SyntheticArticles articles;
    private final PrintWriter progress;

    public IngestBench(SyntheticArticles articles, PrintWriter progress) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the bench on {@code store}, which must be empty.
     *
     * @param sizes    stored article counts to measure at, ascending, each above the previous one plus {@code probes}
     * @param probes   new articles timed at each size
     */
    public IngestReport run(ArticleStore store, List<Integer> sizes, int probes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long filled = 0;
        List<IngestReport.Size> measured = new ArrayList<>();
        for (int size : sizes) {
            long start = System.nanoTime();
            long stored = store.counts().articles();
            for (; stored < size; stored++) {
                store.store(articles.article(filled, "synthetic-" + filled));
                filled++;
                if (filled % PROGRESS_EVERY == 0) {
                    progress.printf(Locale.ROOT, "ingest bench: %,d articles stored%n", stored + 1);
                    progress.flush();
                }
            }
            double fillSeconds = (System.nanoTime() - start) / 1e9;
            double[] millis = new double[probes];
            double[] cpuMillis = new double[probes];
            for (int i = 0; i < probes; i++) {
                long index = PROBES + (long) size * probes + i;
                var doc = articles.article(index, "new-" + size + "-" + i);
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long before = System.nanoTime();
                store.store(doc);
                millis[i] = (System.nanoTime() - before) / 1e6;
                cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
            }
            measured.add(IngestReport.Size.of(size, fillSeconds, millis, cpuMillis));
            progress.printf(Locale.ROOT, "ingest bench: timed %d new articles at %,d stored%n", probes, size);
            progress.flush();
        }
        return new IngestReport(store.location(), probes, measured);
    }

    /** Checks that {@code sizes} can be measured with {@code probes} new articles each; returns them sorted. */
    public static List<Integer> checkedSizes(List<Integer> sizes, int probes) {
        if (probes < 1) {
            throw new IllegalArgumentException("the number of new articles must be at least 1: " + probes);
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("no sizes to measure at");
        }
        int[] sorted = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
        long previous = -probes;
        for (int size : sorted) {
            if (size < previous + probes) {
                throw new IllegalArgumentException("sizes must each exceed the previous one by at least the "
                        + probes + " new articles timed there: " + Arrays.toString(sorted));
            }
            previous = size;
        }
        return Arrays.stream(sorted).boxed().toList();
    }
}
