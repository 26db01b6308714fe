package org.newsgraph.pipeline;

/**
 * The analysis of one article stopped before it finished: its thread was interrupted (a server
 * cancelling an abandoned request) or it ran over its time budget. Not a fault of the stage that
 * was running; the message says which of the two happened.
 */
public class AnalysisCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    public AnalysisCancelledException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** True if the time budget ran out, false if the thread was interrupted by someone else. */
    public boolean timedOut() {
        return timedOut;
    }
}
