package org.newsgraph.codec;

/**
 * A text that is not a {@code newsgraph/document@1} document: not JSON, another schema, or a
 * property missing, of the wrong type or inconsistent with the article text. The message names the
 * first problem and where it is (a JSON path such as {@code $.events[2].trigger}).
 */
public final class DocumentFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message) {
        super(message);
    }

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
