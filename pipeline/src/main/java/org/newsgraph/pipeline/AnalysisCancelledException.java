package org.newsgraph.pipeline;

/**
 * The analysis of one article stopped before it finished: its thread was interrupted (a server
 * cancelling an abandoned request) or it ran over its time budget. Not a fault of the stage that
 * was running; the message says which of the two happened.
 */
public class AnalysisCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;
    private final boolean foreseen;

    public AnalysisCancelledException(String message, boolean timedOut) {
        this(message, timedOut, false);
    }

    /**
     * @param foreseen the budget has not run out yet, but the analysis was stopped because, at the pace
     *                 it kept, it would have ({@link Cancellation#checkPace}); implies {@code timedOut}
     */
    public AnalysisCancelledException(String message, boolean timedOut, boolean foreseen) {
        super(message);
        this.timedOut = timedOut || foreseen;
        this.foreseen = foreseen;
    }

    /** True if the time budget ran out (or would have), false if the thread was interrupted by someone else. */
    public boolean timedOut() {
        return timedOut;
    }

    /** True if the analysis was stopped early, as it could not have ended within its budget. */
    public boolean foreseen() {
        return foreseen;
    }
}
