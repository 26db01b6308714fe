package org.newsgraph.cli;

/** The user asked for something that cannot be done as asked (exit code 2). */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
