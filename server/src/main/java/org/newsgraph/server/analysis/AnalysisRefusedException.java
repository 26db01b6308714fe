package org.newsgraph.server.analysis;

import java.util.Objects;

/**
 * An analysis request the server does not carry out, or stopped: the {@link Reason} says why and
 * decides the answer (429, 413 or 503); the message is for the client.
 */
public final class AnalysisRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an analysis was refused or stopped. */
    public enum Reason {
        /** Every worker is busy and the waiting line is full: try again later (429 with Retry-After). */
        BUSY,
        /** The article's text is over the server's limit (413). */
        TOO_LONG,
        /** The analysis ran over the request deadline and was stopped (503). */
        TIMED_OUT,
        /** The client went away; the analysis was stopped and no one hears the answer (503). */
        ABANDONED
    }

    private final Reason reason;

    public AnalysisRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
