package org.newsgraph.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.claims.QuantityConflicts;

/** The pure parts of story linking: similarity, independent sources, numbers, sentences and words. */
class StoryScoringTest {

    private static EventFeatures event(String article, String type, String lemma, Set<Long> actors, Long place,
            String day, Set<String> words, Set<String> lead) {
        return new EventFeatures(article, "v1", type, "occurred", lemma, actors, place, day, words, lead, "");
    }

    @Test
    void theSameLemmaNeedsSharedWordsToLink() {
        EventFeatures a = event("a", "ASSAULT", "strike", Set.of(), null, null, Set.of("strike", "dara"),
                Set.of("strike", "dara"));
        EventFeatures sameWords = event("b", "ASSAULT", "strike", Set.of(), null, null, Set.of("strike", "dara"),
                Set.of("strike", "dara"));
        EventFeatures otherWords = event("b", "ASSAULT", "airstrike", Set.of(), null, null, Set.of("homs",
                "airstrike", "city", "killed", "three"), Set.of("homs", "airstrike", "city", "killed", "three"));
        EventFeatures fewWords = event("b", "ASSAULT", "strike", Set.of(), null, null,
                Set.of("homs", "strike", "city", "killed", "three"), Set.of("homs", "strike", "city", "killed",
                        "three", "people", "rubble", "rescuers", "hospital", "toll", "wounded"));

        assertThat(StorySimilarity.score(a, sameWords)).isCloseTo(0.4 + 1.2, within(1e-9));
        assertThat(StorySimilarity.score(a, otherWords)).isZero();
        assertThat(StorySimilarity.score(a, fewWords)).isCloseTo(0.4 + 0.6 / 6 + 0.6 / 12, within(1e-9));
        assertThat(StorySimilarity.score(a, fewWords)).isGreaterThanOrEqualTo(StorySimilarity.THRESHOLD);
        assertThat(StorySimilarity.score(a, event("b", "ASSAULT", "strike", Set.of(), null, null, Set.of(),
                Set.of("y")))).isCloseTo(0.4, within(1e-9)).isLessThan(StorySimilarity.THRESHOLD);
    }

    /** An ACCUSE "attack" of actors 1 and 2, whose words and lead hold their names and the trigger. */
    private static EventFeatures attack(String article, String day, Set<String> words, Set<String> lead) {
        Set<String> own = Set.of("trump", "clinton", "attack");
        Set<String> allWords = new java.util.TreeSet<>(words);
        allWords.addAll(own);
        Set<String> allLead = new java.util.TreeSet<>(lead);
        allLead.addAll(own);
        return new EventFeatures(article, "v1", "ACCUSE", "occurred", "attack", Set.of(1L, 2L), null, day, allWords,
                allLead, "", own);
    }

    @Test
    void eventsOfTwoArticlesWhoseSentencesAndLeadsShareAlmostNothingBeyondTheirOwnWordsAreApartInContent() {
        EventFeatures emails = attack("a", "2016-06-01", Set.of("emails", "ohio"),
                Set.of("emails", "ohio", "crowd", "chanted", "slogans"));
        EventFeatures trade = attack("b", "2016-06-02", Set.of("trade", "deals", "ohio"),
                Set.of("trade", "deals", "ohio", "protesters", "gathered"));
        EventFeatures other = attack("b", "2016-06-02", Set.of("trade", "deals"), Set.of("trade", "deals",
                "protesters", "gathered", "outside", "arena", "slogans", "tuesday", "night", "rally"));
        EventFeatures sameArticle = attack("a", "2016-06-01", Set.of("trade", "deals"),
                Set.of("emails", "ohio", "crowd", "chanted", "slogans"));

        assertThat(StorySimilarity.apart(emails, trade)).isFalse();
        assertThat(StorySimilarity.score(emails, trade)).isCloseTo(0.4 + 0.3 + 0.1 + 0.6 * 4 / 7 + 0.6 * 4 / 12,
                within(1e-9));
        assertThat(StorySimilarity.apart(emails, other)).isTrue();
        assertThat(StorySimilarity.score(emails, other)).isZero();
        assertThat(StorySimilarity.apart(emails, sameArticle)).isFalse();
        assertThat(StorySimilarity.score(emails, sameArticle)).isCloseTo(0.4 + 0.3 + 0.15 + 0.6 * 3 / 7 + 0.6,
                within(1e-9));
    }

    @Test
    void typesArticlesActorsPlacesAndDaysCount() {
        EventFeatures a = event("a", "ASSAULT", "strike", Set.of(1L, 2L), 7L, "2024-03-04", Set.of(), Set.of());

        assertThat(StorySimilarity.score(a, event("b", "PROTEST", "strike", Set.of(1L), 7L, "2024-03-04", Set.of(),
                Set.of()))).isZero();
        assertThat(StorySimilarity.score(a, event("a", "ASSAULT", "shell", Set.of(1L), 7L, "2024-03-04", Set.of(),
                Set.of()))).isZero();
        assertThat(StorySimilarity.score(a, event("b", "ASSAULT", "shell", Set.of(1L), 7L, "2024-03-04", Set.of(),
                Set.of()))).isCloseTo(0.3 + 0.1 + 0.15, within(1e-9));
        assertThat(StorySimilarity.score(a, event("b", "ASSAULT", "strike", Set.of(), 8L, "2024-03-06", Set.of(),
                Set.of()))).isCloseTo(StorySimilarity.LEMMA - 0.3 + 0.1, within(1e-9));
        assertThat(StorySimilarity.score(a, event("b", "ASSAULT", "strike", Set.of(), null, "2024-03-20", Set.of(),
                Set.of()))).isZero();
        assertThat(StorySimilarity.score(a, List.of(event("b", "ASSAULT", "kill", Set.of(), null, null, Set.of(),
                Set.of()), event("c", "ASSAULT", "strike", Set.of(2L), null, null, Set.of(), Set.of()))))
                .isCloseTo(StorySimilarity.LEMMA + 0.3, within(1e-9));
    }

    @Test
    void aStorysDatedEventsLieWithinThreeDaysOfEachOther() {
        StoryMatch.Days days = new StoryMatch.Days("2024-03-04", "2024-03-05");

        assertThat(StorySimilarity.fits("2024-03-07", days)).isTrue();
        assertThat(StorySimilarity.fits("2024-03-08", days)).isFalse();
        assertThat(StorySimilarity.fits("2024-03-01", days)).isFalse();
        assertThat(StorySimilarity.fits("2024-03-02", days)).isTrue();
        assertThat(StorySimilarity.fits(null, days)).isTrue();
        assertThat(StorySimilarity.fits("2024-09-01", new StoryMatch.Days(null, null))).isTrue();
        EventFeatures a = event("a", "ASSAULT", "strike", Set.of(1L), null, "2024-03-04", Set.of(), Set.of());
        assertThat(StorySimilarity.score(a, event("b", "ASSAULT", "strike", Set.of(1L), null, "2024-03-07",
                Set.of(), Set.of()))).isCloseTo(0.4 + 0.3, within(1e-9));
        assertThat(StorySimilarity.score(a, event("b", "ASSAULT", "strike", Set.of(1L), null, "2024-03-08",
                Set.of(), Set.of()))).isZero();
    }

    @Test
    void theMostCentralEventIsTheOneMostSimilarToTheOthersNotTheFirst() {
        EventFeatures first = new EventFeatures("a", "v1", "ASSAULT", "occurred", "strike", Set.of(1L), 9L,
                "2024-03-04", Set.of("strike", "rumour"), Set.of(), "Early word of a strike.");
        EventFeatures second = new EventFeatures("b", "v1", "ASSAULT", "occurred", "strike", Set.of(1L, 2L), 7L,
                "2024-03-05", Set.of("strike", "dara", "killed", "12"), Set.of(), "The strike on Dara killed 12.");
        EventFeatures third = new EventFeatures("c", "v1", "ASSAULT", "occurred", "strike", Set.of(1L, 2L), 7L,
                "2024-03-05", Set.of("strike", "dara", "killed", "12", "market"), Set.of(),
                "The strike on the market of Dara killed 12.");
        Map<Long, String> names = Map.of(1L, "Norland", 2L, "Dara council", 7L, "Dara", 9L, "Riverton");

        assertThat(StoryLabel.central(List.of(first, second, third))).isSameAs(second);
        assertThat(StoryLabel.of(List.of(first, second, third), names::get, "2024-03-04", "2024-03-05"))
                .isEqualTo("Norland, Dara council; Dara; 2024-03-04 to 2024-03-05: The strike on Dara killed 12.");
        assertThat(StoryLabel.of(List.of(first), names::get, null, null)).isEqualTo("Norland; Riverton: Early word of a strike.");
        assertThat(StoryLabel.shorten("word ".repeat(40).strip())).hasSize(157).endsWith("word...");
    }

    @Test
    void copiesAndOneOutletsArticlesAreOneSource() {
        assertThat(StoryCounts.independent(List.of(
                new StoryCounts.Carrier("a", "Planet", null),
                new StoryCounts.Carrier("b", "Herald", null),
                new StoryCounts.Carrier("c", "Echo", "a"),
                new StoryCounts.Carrier("d", "Planet", null),
                new StoryCounts.Carrier("e", null, null),
                new StoryCounts.Carrier("f", null, "x"),
                new StoryCounts.Carrier("g", null, "x")))).isEqualTo(4);
        assertThat(StoryCounts.independent(List.of())).isZero();
    }

    @Test
    void numbersDifferBeyondRounding() {
        assertThat(QuantityConflicts.differ(12, 15, false)).isTrue();
        assertThat(QuantityConflicts.differ(12, 12.4, false)).isFalse();
        assertThat(QuantityConflicts.differ(1000, 1009, false)).isFalse();
        assertThat(QuantityConflicts.differ(1000, 1011, false)).isTrue();
        assertThat(QuantityConflicts.differ(100, 109, true)).isFalse();
        assertThat(QuantityConflicts.differ(100, 112, true)).isTrue();
    }

    @Test
    void sentencesAndContentWordsWithoutTokens() {
        Doc doc = Doc.of(Article.of("x", "Troops left. The talks in Geneva were held on Monday!\nNext line"));

        assertThat(Sentences.around(doc, doc.text().indexOf("Geneva")).text())
                .isEqualTo("The talks in Geneva were held on Monday!");
        assertThat(Sentences.around(doc, 0).text()).isEqualTo("Troops left.");
        assertThat(Sentences.around(doc, doc.text().indexOf("line")).text()).isEqualTo("Next line");
        assertThat(ContentWords.of(doc, 13, 53)).containsExactly("talks", "geneva", "held", "monday");
        assertThat(ContentWords.key(List.of("b", "a", "b"))).isEqualTo("a b");
        assertThat(ContentWords.jaccard(Set.of("a", "b"), Set.of("b", "c"))).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(EventFeatures.lead(doc)).containsExactly("geneva", "held", "left", "line", "monday", "next",
                "talks", "troops");
    }
}
