package org.newsgraph.io.html;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;

/**
 * An article extracted from an HTML page, with what the page says about it beyond
 * {@link Article}'s fields.
 *
 * @param article      the main text (paragraphs separated by a blank line), title, publication date
 *                     (ISO-8601), URL (canonical if the page names one) and publisher
 * @param byline       the authors as the page names them, e.g. "Jane Doe, John Roe", if found
 * @param language     the page's declared language as an ISO 639-1 code ("en"), if declared
 * @param canonicalUrl the page's canonical URL ({@code <link rel=canonical>} or {@code og:url}), if
 *                     declared
 */
public record HtmlArticle(
        Article article,
        @Nullable String byline,
        @Nullable String language,
        @Nullable String canonicalUrl) {

    /** Why an input is refused when its page yields no main text ({@link #isEmpty()}). */
    public static final String NO_TEXT = "no article text found in the page";

    public HtmlArticle {
        Objects.requireNonNull(article, "article");
    }

    /** True if the page yielded no main text: an index, a search page, an error page... */
    public boolean isEmpty() {
        return article.text().isEmpty();
    }
}
