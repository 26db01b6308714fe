package org.newsgraph.server.questions;

/** A question named an actor (by name or id) that the store does not know. Answered 404. */
public final class UnknownActorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownActorException(String typed) {
        super("no actor matches '" + typed + "'");
    }
}
