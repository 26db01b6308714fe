package org.newsgraph.cli.analysis;

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

    /** An input item as it stands, without a store to check it against (for {@code analyze}). */
    static Pending of(InputItem item) {
        if (item instanceof InputItem.Failed failed) {
            return new Unreadable(failed.name(), failed.reason());
        }
        InputItem.Loaded loaded = (InputItem.Loaded) item;
        return new ToAnalyse(loaded.name(), loaded.article());
    }

    /** Checks {@code item} against {@code store}: analysing a stored text again would change nothing. */
    static Pending check(InputItem item, ArticleStore store) {
        Pending pending = of(item);
        if (pending instanceof ToAnalyse toAnalyse) {
            ArticleKey key = ArticleKey.of(toAnalyse.article());
            return store.contains(key) ? new Known(toAnalyse.name(), key) : toAnalyse;
        }
        return pending;
    }
}
