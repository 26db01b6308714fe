package org.newsgraph.io.input;

import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * One item read from the inputs: an article, or the reason an input (a file, a JSON line) could not
 * be read. Both carry a {@link #name()} for messages, e.g. {@code news/a.txt} or
 * {@code batch.jsonl: line 3}.
 */
public sealed interface InputItem permits InputItem.Loaded, InputItem.Failed {

    /** Where the item comes from, for messages. */
    String name();

    /** An article read successfully. */
    record Loaded(String name, Article article) implements InputItem {
        public Loaded {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * An input that could not be read.
     *
     * @param reason what is wrong, for the user: "empty", "binary file, not text"...
     */
    record Failed(String name, String reason) implements InputItem {
        public Failed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
