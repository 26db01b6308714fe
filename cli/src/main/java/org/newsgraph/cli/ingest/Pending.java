package org.newsgraph.cli.ingest;

import java.util.Objects;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.model.Article;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;

/**
 * One input on its way to the store, after the check that decides whether it needs analysing: an
 * article the store lacks, one it already has (same id, same text), or an input that could not be
 * read.
 */
public sealed interface Pending permits Pending.ToAnalyse, Pending.Known, Pending.Unreadable {

    String name();

    /** An article whose id and text the store does not hold yet. */
    record ToAnalyse(String name, Article article) implements Pending {
        public ToAnalyse {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(article, "article");
        }
    }

    /** An article already stored with this text: nothing to analyse or write. */
    record Known(String name, ArticleKey key) implements Pending {
        public Known {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
        }
    }

    /** An input that could not be read, and why. */
    record Unreadable(String name, String reason) implements Pending {
        public Unreadable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Checks {@code item} against {@code store}: analysing a stored text again would change nothing. */
    static Pending check(InputItem item, ArticleStore store) {
        if (item instanceof InputItem.Failed failed) {
            return new Unreadable(failed.name(), failed.reason());
        }
        InputItem.Loaded loaded = (InputItem.Loaded) item;
        ArticleKey key = ArticleKey.of(loaded.article());
        return store.contains(key) ? new Known(loaded.name(), key) : new ToAnalyse(loaded.name(), loaded.article());
    }
}
