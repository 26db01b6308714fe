package org.newsgraph.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.ArticleStore;

/** Near-duplicates found at store time, on every database. */
abstract class NearDuplicatesContract {

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    /** Another store over the database of the last {@link #openEmpty}. */
    abstract ArticleStore reopen();

    /** A plain connection to that database, to make it look as stored before signatures existed. */
    abstract Connection connect() throws SQLException;

    @Test
    void versionsStoredBeforeSignaturesExistedGetThemAndTheirLinksOnOpeningOrWhenAsked() throws SQLException {
        try (ArticleStore store = openEmpty()) {
            store.store(Wire.doc("n1", "Greenhaven closes river bridge", Wire.ORIGINAL));
            store.store(Wire.doc("n2", "Cracked bridge shut for months", Wire.REWRITE));
            store.store(Wire.doc("n3", "Record cold at polar station", Wire.UNRELATED));
            store.store(Wire.doc("n4", "Bridge closed", Wire.ORIGINAL + " More follows."));
        }
        forgetSignaturesBut("n4");
        try (ArticleStore store = reopen()) {
            assertThat(store.articles().list(false, 10))
                    .extracting(ArticleSummary::id, ArticleSummary::copyOf)
                    .containsExactly(tuple("n4", "n1"), tuple("n3", null), tuple("n2", "n1"), tuple("n1", null));

            forgetSignaturesBut("n4");
            assertThat(store.articles().backfill()).isEqualTo(3);
            assertThat(store.articles().backfill()).isZero();
            assertThat(store.articles().list(false, 10))
                    .extracting(ArticleSummary::id, ArticleSummary::copyOf)
                    .containsExactly(tuple("n4", "n1"), tuple("n3", null), tuple("n2", "n1"), tuple("n1", null));
        }
    }

    /**
     * Makes the database look as if every article but {@code kept} had been stored before signatures
     * existed, and {@code kept} after, when it could not see them: no signatures, bands or copy links.
     */
    private void forgetSignaturesBut(String kept) throws SQLException {
        String others = " WHERE version_id IN (SELECT version_id FROM article_versions WHERE article_id <> '"
                + kept + "')";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM article_bands" + others);
            statement.execute("DELETE FROM article_signatures" + others);
            statement.execute("UPDATE article_versions SET copy_of = NULL");
        }
    }

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
