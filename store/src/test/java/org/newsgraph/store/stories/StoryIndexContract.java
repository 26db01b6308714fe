package org.newsgraph.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stored;
import org.newsgraph.store.claims.Claim;
import org.newsgraph.store.claims.Conflict;
import org.newsgraph.store.claims.ConflictFilter;

/** What stories, claims and conflicts must do on every database, over {@link StoryDocs}. */
abstract class StoryIndexContract {

    private ArticleStore store;

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    @BeforeEach
    void storeAll() {
        store = openEmpty();
        store.store(StoryDocs.planet());
        store.store(StoryDocs.herald());
        store.store(StoryDocs.echo());
        store.store(StoryDocs.denial());
        store.store(StoryDocs.homs());
        store.store(StoryDocs.lyon());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<StorySummary> list(String type, Long actor, String since, String until, int limit, int offset) {
        return store.stories().list(new StoryFilter(type, actor, since, until, limit, offset));
    }

    private long actor(String name) {
        return store.actors().find(name).get(0).id();
    }

    private long strikeStory() {
        return list(null, null, null, null, 1, 0).get(0).id();
    }

    @Test
    void reportsOfOneStrikeFormOneStoryWithTheWireCopyNotCountedAsIndependent() {
        List<StorySummary> stories = list(null, null, null, null, 10, 0);

        assertThat(stories).extracting(StorySummary::type, StorySummary::label, StorySummary::firstDay,
                StorySummary::lastDay, StorySummary::events, StorySummary::articles,
                StorySummary::independentSources, StorySummary::outlets)
                .containsExactly(
                        tuple("ASSAULT", "Dara; 2024-03-04 to 2024-03-05: An air strike on the town of Dara on "
                                + "Monday killed 12 people, local officials said.", "2024-03-04", "2024-03-05", 4, 4,
                                3, 4),
                        tuple("ASSAULT", "Homs; 2024-06-01: An air strike on the city of Homs killed 3 people, "
                                + "officials said.", "2024-06-01", "2024-06-01", 1, 1, 1, 1),
                        tuple("PROTEST", "Lyon; 2024-03-04: Farmers protested in Lyon against new fuel taxes.",
                                "2024-03-04", "2024-03-04", 1, 1, 1, 1));
    }

    @Test
    void filtersByTypeActorDatesAndPages() {
        assertThat(list("assault", null, null, null, 10, 0)).extracting(StorySummary::articles).containsExactly(4, 1);
        assertThat(list(null, actor("Dara"), null, null, 10, 0)).extracting(StorySummary::articles)
                .containsExactly(4);
        assertThat(list(null, actor("Lyon"), null, null, 10, 0)).extracting(StorySummary::type)
                .containsExactly("PROTEST");
        assertThat(list(null, null, "2024-05", null, 10, 0)).extracting(StorySummary::lastDay)
                .containsExactly("2024-06-01");
        assertThat(list(null, null, null, "2024-03-04", 10, 0)).extracting(StorySummary::type)
                .containsExactly("ASSAULT", "PROTEST");
        assertThat(list(null, null, "2024-03", "2024-03", 10, 0)).extracting(StorySummary::articles)
                .containsExactly(4, 1);
        assertThat(list(null, null, null, null, 1, 1)).extracting(StorySummary::lastDay).containsExactly("2024-06-01");
        assertThat(list("COERCE", null, null, null, 10, 0)).isEmpty();
    }

    @Test
    void oneStoryHasItsEventsArticlesCopiesAndConflicts() {
        Story story = store.stories().get(strikeStory()).orElseThrow();

        assertThat(story.events()).extracting(StoryEvent::articleId, StoryEvent::status, StoryEvent::trigger,
                StoryEvent::day)
                .containsExactly(tuple("planet", "occurred", "strike", "2024-03-04"),
                        tuple("echo", "occurred", "strike", "2024-03-04"),
                        tuple("denial", "denied", "strike", "2024-03-04"),
                        tuple("herald", "occurred", "strike", "2024-03-05"));
        assertThat(story.events().get(0).sentence())
                .isEqualTo("An air strike on the town of Dara on Monday killed 12 people, local officials said.");
        assertThat(story.articles()).extracting(StoryArticle::articleId, StoryArticle::outlet, StoryArticle::copyOf)
                .containsExactly(tuple("planet", "Daily Planet", null), tuple("echo", "Wire Echo", "planet"),
                        tuple("denial", "Capital Times", null), tuple("herald", "Morning Herald", null));
        assertThat(story.conflicts()).extracting(Conflict::kind).containsExactly("denial", "denial", "quantity");
        assertThat(store.stories().get(999_999)).isEmpty();
    }

    @Test
    void differentDeathTollsAreAQuantityConflict() {
        List<Conflict> conflicts = store.conflicts().find(new ConflictFilter(null, null, "quantity", 10));

        assertThat(conflicts).hasSize(1);
        Conflict toll = conflicts.get(0);
        assertThat(toll.storyId()).isEqualTo(strikeStory());
        assertThat(toll.detail()).isEqualTo("people (strike): 12 people vs 15 people");
        assertThat(toll.first()).isEqualTo(new Conflict.Side("planet",
                "An air strike on the town of Dara on Monday killed 12 people, local officials said.",
                "local officials"));
        assertThat(toll.second()).isEqualTo(new Conflict.Side("herald",
                "The air strike on Dara killed 15 people, the health ministry said.", "the health ministry"));
    }

    @Test
    void aDenialConflictsWithEachIndependentReportButNotWithTheCopy() {
        List<Conflict> denials = store.conflicts().find(new ConflictFilter(null, null, "denial", 10));

        assertThat(denials).extracting(c -> c.first().articleId(), c -> c.second().articleId(), Conflict::detail)
                .containsExactly(
                        tuple("herald", "denial", "denied by The defence ministry; asserted by the health ministry"),
                        tuple("planet", "denial", "denied by The defence ministry; asserted by local officials"));
        assertThat(denials.get(0).second().text()).isEqualTo("its jets carried out the air strike on Dara on Monday");
        assertThat(store.conflicts().find(new ConflictFilter(null, actor("defence ministry"), null, 10)))
                .extracting(Conflict::kind).containsExactly("denial", "denial");
        assertThat(store.conflicts().find(new ConflictFilter(null, actor("Lyon"), null, 10))).isEmpty();
        assertThat(store.conflicts().find(new ConflictFilter(null, null, null, 1))).hasSize(1);
    }

    @Test
    void theSameClaimAcrossArticlesNamesItsFirstReporter() {
        List<Claim> claims = store.conflicts().claims(null, 2, 10);

        assertThat(claims).hasSize(1);
        Claim claim = claims.get(0);
        assertThat(claim.contentKey()).isEqualTo("12 air dara killed monday people strike town");
        assertThat(claim.source()).isEqualTo("local officials");
        assertThat(claim.firstReporter().articleId()).isEqualTo("planet");
        assertThat(claim.reports()).extracting(Claim.Report::articleId, Claim.Report::outlet, Claim.Report::certainty)
                .containsExactly(tuple("planet", "Daily Planet", "reported"), tuple("echo", "Wire Echo", "reported"));
        assertThat(store.conflicts().claims(null, 1, 10)).hasSize(3);
    }

    @Test
    void storingAgainChangesNothing() {
        List<StorySummary> before = list(null, null, null, null, 10, 0);

        assertThat(store.store(StoryDocs.herald()).outcome()).isEqualTo(Stored.Outcome.UNCHANGED);
        assertThat(store.store(StoryDocs.denial()).outcome()).isEqualTo(Stored.Outcome.UNCHANGED);

        assertThat(list(null, null, null, null, 10, 0)).isEqualTo(before);
        assertThat(store.conflicts().find(new ConflictFilter(null, null, null, 10))).hasSize(3);
    }

    @Test
    void aNewVersionReplacesTheEarlierOnesLinksAndConflicts() {
        org.newsgraph.model.Doc planet13 = StoryDocs.planetRevised();

        assertThat(store.store(planet13).outcome()).isEqualTo(Stored.Outcome.NEW_VERSION);

        Story story = store.stories().get(strikeStory()).orElseThrow();
        assertThat(story.summary().events()).isEqualTo(4);
        assertThat(story.summary().articles()).isEqualTo(4);
        assertThat(story.conflicts()).extracting(c -> c.first().articleId(), c -> c.second().articleId(),
                Conflict::detail)
                .containsExactly(
                        tuple("herald", "planet", "people (strike): 15 people vs 13 people"),
                        tuple("denial", "planet", "denied by The defence ministry; asserted by Local officials"),
                        tuple("herald", "denial", "denied by The defence ministry; asserted by the health ministry"));
    }
}
