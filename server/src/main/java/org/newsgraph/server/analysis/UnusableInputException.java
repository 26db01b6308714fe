package org.newsgraph.server.analysis;

/** What was sent for analysis has no article text (empty, a page without one, a URL that cannot be fetched or is refused). Answered 422. */
public final class UnusableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
