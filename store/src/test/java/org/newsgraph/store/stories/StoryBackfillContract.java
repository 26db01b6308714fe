package org.newsgraph.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.claims.Claim;
import org.newsgraph.store.claims.Conflict;
import org.newsgraph.store.claims.ConflictFilter;

/** Stories of articles stored before stories existed, linked when the store opens, on every database. */
abstract class StoryBackfillContract {

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    /** Another store over the database of the last {@link #openEmpty}. */
    abstract ArticleStore reopen();

    /** A plain connection to that database, to make it look as stored before stories existed. */
    abstract Connection connect() throws SQLException;

    @Test
    void storiesClaimsAndConflictsComeBackAsTheyWereWhenTheStoreOpens() throws SQLException {
        List<String> stored;
        try (ArticleStore store = openEmpty()) {
            store.store(StoryDocs.planet());
            store.store(StoryDocs.herald());
            store.store(StoryDocs.echo());
            store.store(StoryDocs.denial());
            store.store(StoryDocs.homs());
            store.store(StoryDocs.lyon());
            stored = snapshot(store);
        }
        forgetStories();
        try (ArticleStore store = reopen()) {
            assertThat(store.stories().list(StoryFilter.top(10))).extracting(StorySummary::label,
                            StorySummary::articles, StorySummary::independentSources)
                    .containsExactly(tuple("Dara; 2024-03-04 to 2024-03-05: An air strike on the town of Dara on "
                                    + "Monday killed 12 people, local officials said.", 4, 3),
                            tuple("Homs; 2024-06-01: An air strike on the city of Homs killed 3 people, officials "
                                    + "said.", 1, 1),
                            tuple("Lyon; 2024-03-04: Farmers protested in Lyon against new fuel taxes.", 1, 1));
            assertThat(snapshot(store)).isEqualTo(stored);
            assertThat(store.stories().backfill()).isZero();
        }
        try (ArticleStore store = reopen()) {
            assertThat(snapshot(store)).isEqualTo(stored);
        }
    }

    @Test
    void onlyTheLatestVersionOfAnArticleIsLinkedAndEachOnlyOnce() throws SQLException {
        try (ArticleStore store = openEmpty()) {
            store.store(StoryDocs.planet());
            store.store(StoryDocs.herald());
            store.store(StoryDocs.planetRevised());
            store.store(StoryDocs.lyon());
        }
        forgetStories();
        try (ArticleStore store = reopen()) {
            forgetStories();

            assertThat(store.stories().backfill()).isEqualTo(3);
            assertThat(store.stories().backfill()).isZero();
            assertThat(rows("SELECT v.article_id, v.version_no, se.event_id FROM story_events se "
                    + "JOIN article_versions v ON v.version_id = se.version_id ORDER BY v.version_id"))
                    .containsExactly("herald 1 v1", "planet 2 v1", "lyon 1 v1");
            assertThat(store.stories().list(StoryFilter.top(10))).extracting(StorySummary::type,
                            StorySummary::events, StorySummary::articles)
                    .containsExactly(tuple("ASSAULT", 2, 2), tuple("PROTEST", 1, 1));
            assertThat(store.conflicts().find(new ConflictFilter(null, null, "quantity", 10)))
                    .extracting(Conflict::detail).containsExactly("people (strike): 15 people vs 13 people");
        }
    }

    @Test
    void versionsWithoutEventsAreNotVisited() {
        try (ArticleStore store = openEmpty()) {
            store.store(StoryDocs.lyon().withEvents(List.of()));

            assertThat(store.stories().backfill()).isZero();
            assertThat(store.stories().list(StoryFilter.top(10))).isEmpty();
        }
    }

    /** Everything schema V6 added, as text without story ids, in a fixed order. */
    private static List<String> snapshot(ArticleStore store) {
        List<String> lines = new ArrayList<>();
        for (StorySummary summary : store.stories().list(StoryFilter.top(100))) {
            Story story = store.stories().get(summary.id()).orElseThrow();
            lines.add("story " + summary.type() + " | " + summary.label() + " | " + summary.firstDay() + " | "
                    + summary.lastDay() + " | " + summary.events() + " " + summary.articles() + " "
                    + summary.independentSources() + " " + summary.outlets());
            story.events().forEach(e -> lines.add("  event " + e));
            story.articles().forEach(a -> lines.add("  article " + a));
            story.conflicts().forEach(c -> lines.add("  conflict " + c.kind() + " " + c.detail() + " " + c.first()
                    + " " + c.second()));
        }
        for (Claim claim : store.conflicts().claims(null, 1, 100)) {
            lines.add("claim " + claim);
        }
        return lines;
    }

    /** Deletes what schema V6 added, as if every article had been stored before it. */
    private void forgetStories() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("conflicts", "claims", "story_quantities", "story_keys", "story_articles",
                    "story_events", "stories")) {
                statement.execute("DELETE FROM " + table);
            }
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }
}
