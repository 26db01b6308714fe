package org.newsgraph.pipeline.link;

/** An alias table line that is not {@code alias TAB title TAB score}; the message names the line. */
public final class AliasTableFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AliasTableFormatException(String message) {
        super(message);
    }
}
