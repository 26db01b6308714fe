package org.newsgraph.io.input;

import java.util.Objects;
import org.newsgraph.io.html.HtmlArticle;

/**
 * One page read by a {@link PageReader}: what was extracted from it, or why nothing was. Both carry
 * a {@link #name()} for messages, e.g. {@code pages/a.html} or {@code crawl.warc.gz: https://...}.
 */
public sealed interface PageItem permits PageItem.Extracted, PageItem.Failed {

    /** Where the page comes from, for messages. */
    String name();

    /** A page with article text. */
    record Extracted(String name, HtmlArticle page) implements PageItem {
        public Extracted {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * An input that yielded no article: unreadable, too large, not HTML, no main text.
     *
     * @param reason what is wrong, for the user
     */
    record Failed(String name, String reason) implements PageItem {
        public Failed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
