package org.newsgraph.eval;

/** A corpus file is not in the format its reader expects. The message names the file and line. */
public class CorpusFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorpusFormatException(String message) {
        super(message);
    }
}
