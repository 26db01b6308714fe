package org.newsgraph.eval.ecbplus;

import java.util.Objects;

/**
 * One token of an ECB+ document, placed in the document's rebuilt text.
 *
 * @param id       ECB+'s {@code t_id}, unique in the document (1-based)
 * @param sentence ECB+'s sentence number (0-based; in the newer "ecbplus" files sentence 0 is the URL)
 * @param text     the token as written
 * @param start    first character in the rebuilt text
 * @param end      character after the last
 */
public record EcbToken(int id, int sentence, String text, int start, int end) {

    public EcbToken {
        Objects.requireNonNull(text, "text");
        if (sentence < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + id + " [" + start + ", " + end + ")");
        }
    }
}
