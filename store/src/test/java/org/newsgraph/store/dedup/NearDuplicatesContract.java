package org.newsgraph.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.newsgraph.store.ArticleStore;

/** Near-duplicates found at store time, on every database. */
abstract class NearDuplicatesContract {

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    @Test
    void aRewriteIsACopyOfTheEarliestAndAnUnrelatedStoryIsNot() {
        try (ArticleStore store = openEmpty()) {
            store.store(Wire.doc("n1", "Greenhaven closes river bridge", Wire.ORIGINAL));
            store.store(Wire.doc("n2", "Cracked bridge shut for months", Wire.REWRITE));
            store.store(Wire.doc("n3", "Record cold at polar station", Wire.UNRELATED));
            store.store(Wire.doc("n4", "Bridge closed", Wire.ORIGINAL + " More follows."));

            assertThat(store.articles().list(false, 10))
                    .extracting(ArticleSummary::id, ArticleSummary::copyOf)
                    .containsExactly(tuple("n4", "n1"), tuple("n3", null), tuple("n2", "n1"), tuple("n1", null));
            assertThat(store.articles().list(true, 1)).extracting(ArticleSummary::id).containsExactly("n4");
        }
    }

    @Test
    void aNewVersionOfTheSameArticleIsNoCopyOfItself() {
        try (ArticleStore store = openEmpty()) {
            store.store(Wire.doc("n1", "Greenhaven closes river bridge", Wire.ORIGINAL));
            store.store(Wire.doc("n1", "Greenhaven closes river bridge", Wire.REWRITE));

            assertThat(store.articles().list(false, 10))
                    .extracting(ArticleSummary::id, ArticleSummary::copyOf)
                    .containsExactly(tuple("n1", null));
        }
    }
}
