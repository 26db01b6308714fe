package org.newsgraph.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times an analyser over a corpus with a fixed thread pool, all threads sharing the one analyser.
 * Writes progress (every {@value #PROGRESS_EVERY} documents) and one line per failed document to
 * the progress writer, which is meant to be standard error.
 */
public final class ThroughputRunner {

    static final int PROGRESS_EVERY = 10;

    private final PrintWriter progress;
    private final HeapMeter heap;

    public ThroughputRunner(PrintWriter progress, HeapMeter heap) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.heap = Objects.requireNonNull(heap, "heap");
    }

    /** Analyses the first {@code count} documents once, untimed, so that the JIT has compiled the hot code. */
    public void warmUp(String system, TokenCounter analyser, Corpus corpus, int count) {
        List<Corpus.Document> documents = corpus.documents().subList(0, Math.min(count, corpus.size()));
        for (Corpus.Document document : documents) {
            try {
                analyser.analyse(document);
            } catch (RuntimeException e) {
                reportFailure(system + " warm-up", document, e);
            }
        }
    }

    /** Analyses every document of the corpus once on {@code threads} threads and measures the pass. */
    public Run run(String system, TokenCounter analyser, Corpus corpus, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        String label = system + " threads=" + threads;
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        heap.resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpuStart = CpuClock.processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>(corpus.size());
            for (Corpus.Document document : corpus.documents()) {
                futures.add(pool.submit(() -> {
                    try {
                        tokens.addAndGet(analyser.analyse(document));
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        reportFailure(label, document, e);
                    }
                    int n = done.incrementAndGet();
                    if (n % PROGRESS_EVERY == 0 && n < corpus.size()) {
                        reportProgress(label, n, corpus.size(), start);
                    }
                }));
            }
            for (Future<?> future : futures) {
                awaitOrRethrow(future, label);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = CpuClock.processCpuNanos();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9;
        return new Run(threads, corpus.size(), failures.get(), tokens.get(), seconds, cpuSeconds, heap.peakBytes());
    }

    private static void awaitOrRethrow(Future<?> future, String label) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + ": interrupted", e);
        } catch (ExecutionException e) {
            // Only Errors get here (the task catches RuntimeExceptions): out of memory, typically.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(label + ": " + cause, cause);
        }
    }

    private void reportProgress(String label, int done, int total, long start) {
        synchronized (progress) {
            progress.printf(Locale.ROOT, "%s: %d/%d documents, %.1f s%n", label, done, total,
                    (System.nanoTime() - start) / 1e9);
            progress.flush();
        }
    }

    private void reportFailure(String label, Corpus.Document document, RuntimeException e) {
        synchronized (progress) {
            progress.printf(Locale.ROOT, "%s: failed on %s: %s%n", label, document.id(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            progress.flush();
        }
    }
}
