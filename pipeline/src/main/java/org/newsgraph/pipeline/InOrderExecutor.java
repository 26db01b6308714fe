package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on several threads and hands the results to a sink in
 * input order, on the calling thread. At most {@code 2 × threads} inputs are in flight, so memory
 * stays flat however many inputs there are. With one thread everything runs on the caller. An
 * exception from the function or the sink stops the run and is rethrown to the caller. Used by the
 * commands that analyse many articles and by the evaluation's corpus runs. Each {@link #run} has a
 * pool of its own, so an executor may be shared.
 */
public final class InOrderExecutor {

    private final int threads;

    /** @throws IllegalArgumentException if {@code threads} is below 1 */
    public InOrderExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
    }

    /** The largest number of inputs being worked on or waiting for the sink at any time. */
    public int window() {
        return threads == 1 ? 1 : 2 * threads;
    }

    /** Applies {@code work} to each of {@code inputs} and hands the results to {@code sink}, in input order. */
    public <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> sink) {
        if (threads == 1) {
            inputs.forEachRemaining(input -> sink.accept(work.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<O>> pending = new ArrayDeque<>();
            while (inputs.hasNext()) {
                I input = inputs.next();
                pending.add(pool.submit(() -> work.apply(input)));
                if (pending.size() >= window()) {
                    sink.accept(await(pending.remove()));
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(await(pending.remove()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
