package org.newsgraph.pipeline;

/**
 * The input is not something newsgraph can analyse (empty, not text, not English, too large).
 * Unlike a {@link StageException} this is not a fault: the message tells the user what is wrong
 * with their input.
 */
public class RejectedInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RejectedInputException(String message) {
        super(message);
    }
}
