package org.newsgraph.eval.gum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

/**
 * A hand-made analysis of the fixture (see {@link GumFixture}) scored in every setting; every figure
 * is worked out in the comments. Predicted: entity A {Maria Lopez [0,11), Lopez [69,74)} PERSON
 * names; entity B {Oslo [20,24) GPE name, city [53,57) GPE nominal}; entity C {Norsk [85,90)
 * ORGANIZATION name}. Exactly right: Maria Lopez, Lopez, Oslo. "city" lies inside gold "the city"
 * and covers its head; "Norsk" lies inside "Norsk Energi" and covers its head "Norsk".
 */
class GumEvaluationTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final GumDocument GOLD = GumFixture.document();

    private static final Mention MARIA = mention(0, 11, EntityType.PERSON, MentionKind.NAME);
    private static final Mention LOPEZ = mention(69, 74, EntityType.PERSON, MentionKind.NAME);
    private static final Mention OSLO = mention(20, 24, EntityType.GPE, MentionKind.NAME);
    private static final Mention CITY = mention(53, 57, EntityType.GPE, MentionKind.NOMINAL);
    private static final Mention NORSK = mention(85, 90, EntityType.ORGANIZATION, MentionKind.NAME);

    private static final GumScores SCORES = GumEvaluation.evaluate(GOLD, analysed());

    private static Mention mention(int start, int end, EntityType type, MentionKind kind) {
        return new Mention(Span.of(GumFixture.TEXT, start, end), 0, 1, 0, type, kind);
    }

    static Doc analysed() {
        Doc doc = Doc.of(Article.of("fixture", GumFixture.TEXT));
        return doc.withMentions(List.of(MARIA, OSLO, CITY, LOPEZ, NORSK)).withEntities(List.of(
                new Entity("e1", EntityType.PERSON, "Maria Lopez", List.of(MARIA, LOPEZ), List.of()),
                new Entity("e2", EntityType.GPE, "Oslo", List.of(OSLO, CITY), List.of()),
                new Entity("e3", EntityType.ORGANIZATION, "Norsk", List.of(NORSK), List.of())));
    }

    private static Setting setting(GoldScope scope, MatchMode match) {
        return new Setting(scope, match);
    }

    @Test
    void countsBothSides() {
        assertThat(SCORES.counts()).isEqualTo(new GumCounts(1, 8, 5, 5, 4, 5, 4, 3, 0, 0));
    }

    @Test
    void namedMentionsExact() {
        // Gold names: Maria Lopez, Lopez (person), Oslo (place), Norsk Energi (org), Monday (time).
        // Predicted names: Maria Lopez, Lopez, Oslo, Norsk. "Norsk" is not the exact span.
        DetectionScores d = SCORES.detection(setting(GoldScope.NAMED, MatchMode.EXACT));
        assertThat(d.category(GumCategory.PERSON)).isEqualTo(Score.ofCounts(2, 2, 2));
        assertThat(d.category(GumCategory.PLACE)).isEqualTo(Score.ofCounts(1, 1, 1));
        assertThat(d.category(GumCategory.ORGANIZATION)).isEqualTo(Score.ofCounts(0, 1, 1));
        assertThat(d.category(GumCategory.EVENT)).isEqualTo(Score.ZERO);
        assertThat(d.category(GumCategory.OBJECT)).isEqualTo(Score.ZERO);
        assertThat(d.allTypes()).isEqualTo(Score.ofCounts(3, 4, 4));
        // Type-blind, Monday counts as a gold name too.
        assertThat(d.anyType()).isEqualTo(Score.ofCounts(3, 5, 4));
    }

    @Test
    void namedMentionsByHead() {
        DetectionScores d = SCORES.detection(setting(GoldScope.NAMED, MatchMode.HEAD));
        assertThat(d.category(GumCategory.ORGANIZATION)).isEqualTo(Score.ofCounts(1, 1, 1));
        assertThat(d.allTypes()).isEqualTo(Score.ofCounts(4, 4, 4));
        assertThat(d.anyType()).isEqualTo(Score.ofCounts(4, 5, 4));
    }

    @Test
    void allMentionsExactAndByHead() {
        // Gold persons: Maria Lopez, She, Lopez; places: Oslo's harbour, Oslo, the city; org: Norsk Energi.
        DetectionScores exact = SCORES.detection(setting(GoldScope.ALL, MatchMode.EXACT));
        assertThat(exact.category(GumCategory.PERSON)).isEqualTo(Score.ofCounts(2, 3, 2));
        assertThat(exact.category(GumCategory.PLACE)).isEqualTo(Score.ofCounts(1, 3, 2));
        assertThat(exact.allTypes()).isEqualTo(Score.ofCounts(3, 7, 5));
        assertThat(exact.anyType()).isEqualTo(Score.ofCounts(3, 8, 5));
        // "city" matches "the city" by head; "Oslo" does not match "Oslo's harbour" (head: harbour).
        DetectionScores head = SCORES.detection(setting(GoldScope.ALL, MatchMode.HEAD));
        assertThat(head.category(GumCategory.PLACE)).isEqualTo(Score.ofCounts(2, 3, 2));
        assertThat(head.allTypes()).isEqualTo(Score.ofCounts(5, 7, 5));
        assertThat(head.anyType()).isEqualTo(Score.ofCounts(5, 8, 5));
    }

    @Test
    void coreferenceOverAllChainsWithExactMentions() {
        // Key: {Maria Lopez, She, Lopez} {Oslo's harbour} {Oslo, the city} {Monday} {Norsk Energi}.
        // Response: {Maria Lopez, Lopez} {Oslo, city*} {Norsk*}; * = twinless.
        CorefScores c = SCORES.coreference(setting(GoldScope.ALL, MatchMode.EXACT));
        // MUC recall: {ML, She, L} splits in 2 parts: 1 of 2 links; {Oslo, the city} in 2: 0 of 1.
        // MUC precision: {ML, L} 1 of 1; {Oslo, city*} 0 of 1; {Norsk*} no links.
        assertThat(c.muc()).isEqualTo(new Score(1, 3, 1, 2));
        // B³ recall: 2²/3 + 1²/2 = 11/6 of 8; precision: 2²/2 + 1²/2 = 2.5 of 5.
        assertThat(c.bCubed().recallNumerator()).isCloseTo(11.0 / 6, EXACT);
        assertThat(c.bCubed().recallDenominator()).isEqualTo(8);
        assertThat(c.bCubed().precisionNumerator()).isCloseTo(2.5, EXACT);
        assertThat(c.bCubed().precisionDenominator()).isEqualTo(5);
        // CEAF-e: φ4 = 2·2/5 + 2·1/4 = 1.3, over 5 key and 3 response entities.
        assertThat(c.ceafE().recallNumerator()).isCloseTo(1.3, EXACT);
        assertThat(c.ceafE().recallDenominator()).isEqualTo(5);
        assertThat(c.ceafE().precisionDenominator()).isEqualTo(3);
    }

    @Test
    void coreferenceOverNamedChainsWithHeadMatchedMentions() {
        // Key: chains with a name: {ML, She, L} {Oslo, the city} {Monday} {Norsk Energi} (7 mentions).
        // Response after head alignment: {ML, L} {Oslo, the city} {Norsk Energi}; all have a name.
        CorefScores c = SCORES.coreference(setting(GoldScope.NAMED, MatchMode.HEAD));
        // MUC recall: 1 of 2 links + 1 of 1; precision: 1 + 1 of 1 + 1 (+0 for the singleton).
        assertThat(c.muc()).isEqualTo(new Score(2, 3, 2, 2));
        // B³ recall: 2²/3 + 2²/2 + 1 = 13/3 of 7; precision: 2 + 2 + 1 = 5 of 5.
        assertThat(c.bCubed().recallNumerator()).isCloseTo(13.0 / 3, EXACT);
        assertThat(c.bCubed().recallDenominator()).isEqualTo(7);
        assertThat(c.bCubed().precision()).isCloseTo(1.0, EXACT);
        // CEAF-e: 4/5 + 1 + 1 = 2.8 over 4 key and 3 response entities.
        assertThat(c.ceafE().recall()).isCloseTo(0.7, EXACT);
        assertThat(c.ceafE().precision()).isCloseTo(2.8 / 3, EXACT);
    }

    @Test
    void withoutEntitiesOrMentionsTheBaseNamesAreSingletonEntities() {
        Doc base = Doc.of(Article.of("fixture", GumFixture.TEXT))
                .withAnalysis(List.of(), List.of(), List.of(MARIA, LOPEZ), List.of());
        GumScores s = GumEvaluation.evaluate(GOLD, base);
        assertThat(s.counts()).isEqualTo(new GumCounts(1, 8, 5, 5, 4, 2, 2, 2, 1, 1));
        // Two singletons {ML} {L}: no MUC links on the response side; 0 of 2 key links found.
        assertThat(s.coreference(setting(GoldScope.ALL, MatchMode.EXACT)).muc()).isEqualTo(new Score(0, 3, 0, 0));
    }

    @Test
    void entityMentionsMissingFromTheMentionListAreStillPredictedMentions() {
        // The analyser lists pronouns only inside entities: "She" [37,40) is predicted all the same.
        Mention she = mention(37, 40, EntityType.PERSON, MentionKind.PRONOUN);
        Doc doc = Doc.of(Article.of("fixture", GumFixture.TEXT)).withMentions(List.of(MARIA)).withEntities(List.of(
                new Entity("e1", EntityType.PERSON, "Maria Lopez", List.of(MARIA, she), List.of())));
        GumScores s = GumEvaluation.evaluate(GOLD, doc);
        assertThat(s.counts().predictedMentions()).isEqualTo(2);
        assertThat(s.detection(setting(GoldScope.ALL, MatchMode.EXACT)).category(GumCategory.PERSON))
                .isEqualTo(Score.ofCounts(2, 3, 2));
        // Pronouns are not names.
        assertThat(s.detection(setting(GoldScope.NAMED, MatchMode.EXACT)).category(GumCategory.PERSON))
                .isEqualTo(Score.ofCounts(1, 2, 1));
        // {Maria Lopez, She} against {Maria Lopez, She, Lopez}: 1 of 2 key links, 1 of 1 response link.
        assertThat(s.coreference(setting(GoldScope.ALL, MatchMode.EXACT)).muc()).isEqualTo(new Score(1, 3, 1, 1));
    }

    @Test
    void scoresAddUpOverDocuments() {
        GumScores twice = GumScores.EMPTY.plus(SCORES).plus(SCORES);
        assertThat(twice.counts().documents()).isEqualTo(2);
        assertThat(twice.detection(setting(GoldScope.ALL, MatchMode.EXACT)).anyType())
                .isEqualTo(Score.ofCounts(6, 16, 10));
        assertThat(twice.coreference(setting(GoldScope.ALL, MatchMode.EXACT)).muc()).isEqualTo(new Score(2, 6, 2, 4));
    }

    @Test
    void refusesAnAnalysisOfAnotherText() {
        Doc other = Doc.of(Article.of("other", "Something else."));
        assertThatThrownBy(() -> GumEvaluation.evaluate(GOLD, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document other is not an analysis of GUM document GUM_news_fixture's text");
    }
}
