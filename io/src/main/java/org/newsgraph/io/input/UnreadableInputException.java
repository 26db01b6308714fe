package org.newsgraph.io.input;

/** Why an input cannot be read; the message is for the user. Internal to this package. */
final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableInputException(String reason) {
        super(reason, null, false, false);
    }
}
