package org.newsgraph.pipeline;

import java.util.Locale;

/**
 * The pipeline's cancellation point: long-running code calls {@link #check} between units of work
 * (stages, CoreNLP chunks, sentences) so that interrupting the analysing thread stops the analysis
 * within one unit. This is the contract with callers such as a server: to cancel an article's
 * analysis, interrupt the thread running it.
 *
 * <p>Under a time budget the thread also carries a deadline, and a check past it stops the
 * analysis even if library code on the way swallowed the budget's interrupt.
 */
public final class Cancellation {

    /** How many times the time left the pace must foresee before work is given up early. */
    static final int PACE_MARGIN = 2;


    /** The current thread's deadline in {@link System#nanoTime} units, or null without a budget. */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private Cancellation() {
    }

    /**
     * Throws if the current thread has been interrupted, clearing its interrupt status (so that a
     * pooled thread can go on with the next article), or if it is past its deadline.
     *
     * @throws AnalysisCancelledException if the thread was interrupted ({@code timedOut()} false)
     *                                    or its deadline has passed ({@code timedOut()} true)
     */
    public static void check() {
        if (Thread.interrupted()) {
            throw interrupted();
        }
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline >= 0) {
            throw new AnalysisCancelledException("the analysis ran out of its time budget", true);
        }
    }

    /**
     * Gives up early on work that cannot end in time: if the current thread has a deadline and, at the
     * pace of the {@code done} units that took the time since {@code startedNanos}, the units left of
     * {@code total} would need more than {@value #PACE_MARGIN} times the time left, throws, so that an
     * input far over the budget is refused after a fraction of it rather than at its end. The margin
     * keeps a pace measured early (a cold JIT, a busy machine) from refusing work that would have ended
     * in time; work only a little over is stopped by the budget itself. Does nothing without a deadline
     * or before any unit is done.
     *
     * @param startedNanos when the units began, in {@link System#nanoTime} units
     * @param unit         what a unit is, plural, for the message ("tokens")
     * @throws AnalysisCancelledException with {@code foreseen()} true, saying the pace and the time needed
     */
    public static void checkPace(long startedNanos, long done, long total, String unit) {
        Long deadline = DEADLINE.get();
        if (deadline == null || done <= 0 || done >= total) {
            return;
        }
        long now = System.nanoTime();
        double nanosPerUnit = (double) Math.max(1, now - startedNanos) / done;
        double leftNanos = nanosPerUnit * (total - done);
        if (leftNanos > PACE_MARGIN * (double) (deadline - now)) {
            throw new AnalysisCancelledException(String.format(Locale.ROOT,
                    "%,d %s at %,.0f a second would take about %.0f s more", total - done, unit,
                    1e9 / nanosPerUnit, leftNanos / 1e9), true, true);
        }
    }

    /** The exception for an analysis stopped by an interrupt. */
    public static AnalysisCancelledException interrupted() {
        return new AnalysisCancelledException("the analysis was interrupted", false);
    }

    /**
     * Sets the current thread's deadline (the earlier one if it already has one) and returns the
     * previous value, to be given back to {@link #restoreDeadline}.
     */
    static Long setDeadline(long deadline) {
        Long previous = DEADLINE.get();
        DEADLINE.set(previous != null && previous - deadline < 0 ? previous : deadline);
        return previous;
    }

    /** Puts back the deadline {@link #setDeadline} returned. */
    static void restoreDeadline(Long previous) {
        if (previous == null) {
            DEADLINE.remove();
        } else {
            DEADLINE.set(previous);
        }
    }
}
