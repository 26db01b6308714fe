package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Span;

class CrossDocScorerTest {

    private static final EcbplusCorpus CORPUS = CrossDocFixture.corpus();

    private static EcbDocument doc(String name) {
        return CORPUS.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    /** A prediction of the {@code nth} (0-based) occurrence of {@code word} in the document. */
    private static CrossDocScorer.Prediction predict(String name, String word, int nth, String cluster) {
        String text = doc(name).text();
        int at = text.indexOf(word);
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(word, at + 1);
        }
        return new CrossDocScorer.Prediction(name, Span.of(text, at, at + word.length()), cluster);
    }

    @Test
    void readsTheGoldChainsOfBothRelationKinds() {
        assertThat(CORPUS.documents()).extracting(EcbDocument::name)
                .containsExactly("9_1ecb", "9_1ecbplus", "9_2ecb");
        EcbDocument first = doc("9_1ecb");
        assertThat(first.actions()).extracting(first::chainOf)
                .containsExactly("ACT_ARREST", "ACT_ROBBERY", "9_1ecb#3");
        EcbDocument plus = doc("9_1ecbplus");
        assertThat(plus.actions()).extracting(plus::chainOf)
                .containsExactly("9_1ecbplus#1", "9_1ecbplus/31", "9_1ecbplus#3", "9_1ecbplus/31");
    }

    /** The mentions every test predicts: the gold actions of the listed sentences, and "hours" (no action). */
    private static List<CrossDocScorer.Prediction> predictions(String arrest1, String arrest2, String arrestPlus) {
        List<CrossDocScorer.Prediction> p = new ArrayList<>();
        p.add(predict("9_1ecb", "arrested", 0, arrest1));
        p.add(predict("9_1ecb", "robbery", 0, "robbery"));
        p.add(predict("9_1ecb", "closed", 0, "close"));
        p.add(predict("9_2ecb", "arrested", 0, arrest2));
        p.add(predict("9_2ecb", "robbery", 0, "robbery"));
        p.add(predict("9_2ecb", "hours", 0, "hour"));
        p.add(predict("9_1ecbplus", "arrested", 0, arrestPlus));
        p.add(predict("9_1ecbplus", "rally", 0, "rally"));
        p.add(predict("9_1ecbplus", "rally", 1, "rally"));
        p.add(predict("9_1ecbplus", "released", 0, "release"));
        return p;
    }

    @Test
    void oneClusterPerLemmaMergesTheTwoArrestsOfDifferentEvents() {
        CrossDocScorer.Result r = CrossDocScorer.score(CORPUS.documents(), predictions("arrest", "arrest", "arrest"),
                CORPUS.selection());

        // "closed" lies in an unlisted sentence; "hours" is a mention the key lacks.
        assertThat(r.mentions()).isEqualTo(new Score(8, 8, 8, 9));
        CorefScores c = r.coref();
        assertThat(c.muc()).isEqualTo(new Score(3, 3, 3, 4));
        assertThat(c.bCubed().recall()).isEqualTo(1.0);
        assertThat(c.bCubed().precision()).isCloseTo(20.0 / 27, within(1e-9));
        assertThat(c.ceafE()).isEqualTo(new Score(3.8, 5, 3.8, 5));
        assertThat(c.conllF1()).isCloseTo((6.0 / 7 + 40.0 / 47 + 0.76) / 3, within(1e-9));
    }

    @Test
    void keepingTheOtherArrestApartScoresHigher() {
        CrossDocScorer.Result r = CrossDocScorer.score(CORPUS.documents(), predictions("s1", "s1", "s2"),
                CORPUS.selection());

        CorefScores c = r.coref();
        assertThat(c.muc()).isEqualTo(new Score(3, 3, 3, 3));
        assertThat(c.bCubed().precision()).isCloseTo(8.0 / 9, within(1e-9));
        assertThat(c.ceafE()).isEqualTo(new Score(5, 5, 5, 6));
        assertThat(c.conllF1()).isCloseTo((1 + 16.0 / 17 + 10.0 / 11) / 3, within(1e-9));
    }

    @Test
    void resultsAddUp() {
        CrossDocScorer.Result r = CrossDocScorer.score(CORPUS.documents(), predictions("a", "a", "a"),
                CORPUS.selection());

        assertThat(r.plus(CrossDocScorer.Result.ZERO)).isEqualTo(r);
        assertThat(r.plus(r).coref().conllF1()).isCloseTo(r.coref().conllF1(), within(1e-9));
    }
}
