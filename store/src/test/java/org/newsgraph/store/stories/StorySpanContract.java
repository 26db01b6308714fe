package org.newsgraph.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleStore;

/**
 * Stories of campaign news ({@link CampaignDocs}): a story's dated events lie within
 * {@value StorySimilarity#SPAN_DAYS} days of each other, whatever the order of storing after a rebuild,
 * and attacks between the same actors that are apart in content are stories of their own.
 */
abstract class StorySpanContract {

    private ArticleStore store;

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private ArticleStore storeAll(List<Doc> docs) {
        store = openEmpty();
        docs.forEach(store::store);
        return store;
    }

    /** Each story as its sorted article ids, stories sorted. */
    private static List<String> partition(ArticleStore store) {
        Map<Long, TreeSet<String>> members = new TreeMap<>();
        for (StoryIndex.Membership m : store.stories().memberships()) {
            members.computeIfAbsent(m.storyId(), s -> new TreeSet<>()).add(m.articleId());
        }
        List<String> stories = new ArrayList<>(members.values().stream().map(TreeSet::toString).toList());
        Collections.sort(stories);
        return stories;
    }

    @Test
    void aWeekOfDailyAttacksBetweenTheSameActorsIsOneStoryPerFourDays() {
        ArticleStore s = storeAll(CampaignDocs.all());

        assertThat(partition(s)).containsExactly("[day1, day2, day3, day4]", "[day5, day6, day7]", "[late]");
        assertThat(s.stories().list(new StoryFilter(null, null, null, null, 10, 0)))
                .extracting(StorySummary::firstDay, StorySummary::lastDay, StorySummary::events)
                .containsExactlyInAnyOrder(tuple("2016-06-01", "2016-06-04", 4), tuple("2016-06-05", "2016-06-07", 3),
                        tuple("2016-06-20", "2016-06-20", 1));
    }

    @Test
    void attacksOverOtherSubjectsInOtherPlacesAreOtherStoriesReportsOfOneAreOne() {
        ArticleStore s = storeAll(List.of(
                CampaignDocs.report("d1", "2016-06-01", "Donald Trump attacked Hillary Clinton over her emails in Ohio. "
                        + "The crowd chanted slogans.", "Ohio"),
                CampaignDocs.report("d2", "2016-06-02", "Donald Trump attacked Hillary Clinton over trade deals in "
                        + "Florida. Protesters gathered outside the arena.", "Florida"),
                CampaignDocs.report("d2b", "2016-06-02", "Donald Trump attacked Hillary Clinton over trade deals during a "
                        + "speech in Florida. Trade unions criticised the remarks.", "Florida")));

        assertThat(partition(s)).containsExactly("[d1]", "[d2, d2b]");
    }

    @Test
    void aStoryIsLabelledByItsMostCentralEventItsActorsPlaceAndDays() {
        ArticleStore s = storeAll(CampaignDocs.all());

        assertThat(s.stories().list(new StoryFilter(null, null, "2016-06-05", "2016-06-07", 10, 0)))
                .extracting(StorySummary::label)
                .containsExactly("Donald Trump, Hillary Clinton; Iowa; 2016-06-05 to 2016-06-07: Donald Trump attacked "
                        + "Hillary Clinton over Benghazi at a rally in Iowa.");
    }

    @Test
    void storedNewestFirstTheSpansDifferUntilRebuilt() {
        List<Doc> reversed = new ArrayList<>(CampaignDocs.all());
        Collections.reverse(reversed);
        ArticleStore s = storeAll(reversed);

        assertThat(partition(s)).containsExactly("[day1, day2, day3]", "[day4, day5, day6, day7]", "[late]");
        s.rebuild(false, (done, total) -> { });
        assertThat(partition(s)).containsExactly("[day1, day2, day3, day4]", "[day5, day6, day7]", "[late]");
    }
}
