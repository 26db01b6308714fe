package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs work on the calling thread under a time budget: when the budget runs out, one shared timer
 * thread interrupts the worker, whose next {@link Cancellation#check} throws, and the caller gets
 * an {@link AnalysisCancelledException} saying the budget ran out. The thread also carries the
 * deadline, so a check past it stops the work even if code on the way swallowed the interrupt.
 * Neither outlives the call: both are cleared before {@link #run} returns or throws. Thread-safe.
 */
final class TimeBudget {

    private static final ScheduledExecutorService TIMER = timer();

    private TimeBudget() {
    }

    /**
     * Runs {@code work} and returns its result.
     *
     * @throws AnalysisCancelledException with {@code timedOut()} true if the budget ran out first
     */
    static <T> T run(Duration budget, Supplier<T> work) {
        Objects.requireNonNull(budget, "budget");
        long started = System.nanoTime();
        Alarm alarm = new Alarm(Thread.currentThread());
        Long previousDeadline = Cancellation.setDeadline(System.nanoTime() + budget.toNanos());
        ScheduledFuture<?> scheduled = TIMER.schedule(alarm::ring, budget.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof AnalysisCancelledException cancelled && cancelled.foreseen()) {
                throw new AnalysisCancelledException(foreseen(budget, String.valueOf(e.getMessage()),
                        Duration.ofNanos(System.nanoTime() - started)), true, true);
            }
            // Whatever the interrupt (or a check past the deadline) made the running code throw,
            // the cause is the budget.
            if (alarm.rang() || e instanceof AnalysisCancelledException cancelled && cancelled.timedOut()) {
                throw new AnalysisCancelledException(overBudget(budget), true);
            }
            throw e;
        } finally {
            scheduled.cancel(false);
            alarm.disarm();
            Cancellation.restoreDeadline(previousDeadline);
        }
    }

    static String overBudget(Duration budget) {
        return String.format(Locale.ROOT, "the analysis took over its time budget of %s (raise it with --max-seconds)",
                seconds(budget));
    }

    /**
     * The message of an analysis stopped early, {@code after} it began: {@code pace} says how much was left
     * and how long it would take.
     */
    static String foreseen(Duration budget, String pace, Duration after) {
        return String.format(Locale.ROOT, "the analysis would take over its time budget of %s (%s; stopped after "
                + "%s; raise it with --max-seconds)", seconds(budget), pace, seconds(after));
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Interrupts its worker once, unless the work finished first. */
    private static final class Alarm {
        private final Thread worker;
        private boolean armed = true;
        private boolean rang;

        Alarm(Thread worker) {
            this.worker = worker;
        }

        synchronized void ring() {
            if (armed) {
                rang = true;
                worker.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        /** Called by the worker: no interrupt after this, and none left behind by this alarm. */
        synchronized void disarm() {
            armed = false;
            if (rang) {
                Thread.interrupted();
            }
        }
    }

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-time-budget");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return Executors.unconfigurableScheduledExecutorService(executor);
    }
}
