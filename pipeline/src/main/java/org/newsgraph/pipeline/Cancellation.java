package org.newsgraph.pipeline;

/**
 * The pipeline's cancellation point: long-running code calls {@link #check} between units of work
 * (stages, CoreNLP chunks, sentences) so that interrupting the analysing thread stops the analysis
 * within one unit. This is the contract with callers such as a server: to cancel an article's
 * analysis, interrupt the thread running it.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /**
     * Throws if the current thread has been interrupted, clearing its interrupt status (so that a
     * pooled thread can go on with the next article).
     *
     * @throws AnalysisCancelledException if the thread was interrupted
     */
    public static void check() {
        if (Thread.interrupted()) {
            throw interrupted();
        }
    }

    /** The exception for an analysis stopped by an interrupt. */
    public static AnalysisCancelledException interrupted() {
        return new AnalysisCancelledException("the analysis was interrupted", false);
    }
}
