package org.newsgraph.store.questions;

/**
 * A question named an actor (by name or id) that the store does not know: the server answers 404,
 * the command line exits 1.
 */
public final class UnknownActorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownActorException(String typed) {
        super("no actor matches '" + typed + "'");
    }
}
