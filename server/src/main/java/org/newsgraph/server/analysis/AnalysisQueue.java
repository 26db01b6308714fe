package org.newsgraph.server.analysis;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs analyses on a few worker threads with a short, bounded waiting line, so that load cannot
 * pile up analyses (each takes seconds and up to gigabytes): a request that finds every worker
 * busy and the line full is refused at once ({@link AnalysisRefusedException.Reason#BUSY}). A
 * request waits at most the deadline, waiting included; then, or when its client goes away, its
 * analysis is cancelled by interrupting the worker, which the analyser honours at its next check.
 *
 * <p>Thread-safe. Worker threads are daemons, created on the first analysis.
 */
public final class AnalysisQueue implements AutoCloseable {

    /** How often a waiting request asks whether its client is still there. */
    static final long CHECK_MILLIS = 200;
    public static final int DEFAULT_WORKERS = 2;
    public static final int DEFAULT_WAITING = 4;
    /** As the per-article budget of {@code analyze --max-seconds}. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    private final ThreadPoolExecutor executor;
    private final Duration deadline;

    /**
     * @param workers  analyses at once
     * @param waiting  analyses waiting for a worker; more are refused
     * @param deadline longest time a request waits for its analysis, queueing included
     */
    public AnalysisQueue(int workers, int waiting, Duration deadline) {
        if (workers < 1 || waiting < 0) {
            throw new IllegalArgumentException("workers must be positive and waiting not negative: " + workers
                    + ", " + waiting);
        }
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "newsgraph-analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // No waiting at all is a hand-off: a task is taken only by an idle worker.
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                waiting == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(waiting),
                threads, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The longest time a request waits. */
    public Duration deadline() {
        return deadline;
    }

    /** Seconds a refused client should wait before it asks again: the time one analysis may take. */
    public long retryAfterSeconds() {
        return Math.max(1, deadline.toSeconds() / Math.max(1, executor.getMaximumPoolSize()));
    }

    /**
     * Runs {@code work} on a worker and waits for its result, asking {@code clientGone} every
     * {@value #CHECK_MILLIS} ms meanwhile.
     *
     * @param clientGone true once no one waits for the result any more: the work is then stopped
     * @throws AnalysisRefusedException if the line is full, the deadline passes or the client goes away
     * @throws RuntimeException         what the work threw
     */
    public <T> T run(Callable<T> work, BooleanSupplier clientGone) {
        Objects.requireNonNull(work, "work");
        Future<T> task;
        try {
            task = executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw new AnalysisRefusedException(AnalysisRefusedException.Reason.BUSY, String.format(
                    "the server is busy: %d analyses are running and %d waiting; try again in %d s",
                    executor.getActiveCount(), executor.getQueue().size(), retryAfterSeconds()));
        }
        long end = System.nanoTime() + deadline.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    stop(task);
                    throw new AnalysisRefusedException(AnalysisRefusedException.Reason.TIMED_OUT,
                            "the analysis did not finish within " + describe(deadline) + " and was stopped");
                }
                try {
                    return task.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(CHECK_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (clientGone.getAsBoolean()) {
                        stop(task);
                        throw new AnalysisRefusedException(AnalysisRefusedException.Reason.ABANDONED,
                                "the client went away; the analysis was stopped");
                    }
                }
            }
        } catch (CancellationException e) {
            throw new AnalysisRefusedException(AnalysisRefusedException.Reason.ABANDONED,
                    "the analysis was stopped (the server is closing)");
        } catch (InterruptedException e) {
            stop(task);
            Thread.currentThread().interrupt();
            throw new AnalysisRefusedException(AnalysisRefusedException.Reason.ABANDONED,
                    "the request was interrupted; the analysis was stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the analysis failed: " + cause, cause);
        }
    }

    /** Analyses waiting for a worker now. */
    public int waiting() {
        return executor.getQueue().size();
    }

    private void stop(Future<?> task) {
        task.cancel(true);
        executor.purge();
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Stops every analysis (interrupting the workers) and the workers. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
