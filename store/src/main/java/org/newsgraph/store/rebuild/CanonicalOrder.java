package org.newsgraph.store.rebuild;

import org.jspecify.annotations.Nullable;

/**
 * The canonical order of stored articles, in which a rebuild (and the Spark corpus job, which must
 * agree with it) links them: by publication date (undated last), then article id. Its key is one
 * string, publication date and id separated by a NUL (which neither holds), so that comparing keys
 * compares the pairs. Stateless.
 */
public final class CanonicalOrder {

    private CanonicalOrder() {
    }

    /** The key of an article with id {@code articleId}, published on {@code published} if given. */
    public static String key(String articleId, @Nullable String published) {
        return (published == null ? "1" : "0" + published) + '\u0000' + articleId;
    }

    /** The article id inside a {@link #key}. */
    public static String articleId(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }
}
