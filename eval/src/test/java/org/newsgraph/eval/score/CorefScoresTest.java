package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * MUC, B³ and CEAF-e on small partitions of letters, each figure computed by hand below and checked
 * against the CoNLL-2012 reference scorer (scorer.pl v8.01) on the same partitions.
 */
class CorefScoresTest {

    private static final Offset<Double> EXACT = within(1e-12);

    /**
     * The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted
     * mentions", with predicted mentions: key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
     * e is missed, h and i are invented.
     */
    private static final Partition<String> KEY = Partition.of(List.of(List.of("a", "b", "c"), List.of("d", "e", "f", "g")));
    private static final Partition<String> RESPONSE =
            Partition.of(List.of(List.of("a", "b"), List.of("c", "d"), List.of("f", "g", "h", "i")));

    @Test
    void mucOfTheWorkedExample() {
        // Recall: {a b c} splits into {a b}{c}: 3-2 = 1; {d e f g} into {d}{e}{f g}: 4-3 = 1; links 2+3.
        // Precision: {a b}: 2-1 = 1; {c d}: 2-2 = 0; {f g h i} into {f g}{h}{i}: 4-3 = 1; links 1+1+3.
        assertThat(Muc.score(KEY, RESPONSE)).isEqualTo(new Score(2, 5, 2, 5));
        assertThat(Muc.score(KEY, RESPONSE).f1()).isCloseTo(0.4, EXACT);
    }

    @Test
    void bCubedOfTheWorkedExample() {
        // Recall: (2²/3 + 1²/3) + (1²/4 + 2²/4) = 5/3 + 5/4 = 35/12 over 7 key mentions.
        // Precision: 2²/2 + (1²/2 + 1²/2) + 2²/4 = 4 over 8 response mentions.
        Score s = BCubed.score(KEY, RESPONSE);
        assertThat(s.recallNumerator()).isCloseTo(35.0 / 12, EXACT);
        assertThat(s.recallDenominator()).isEqualTo(7);
        assertThat(s.precisionNumerator()).isCloseTo(4, EXACT);
        assertThat(s.precisionDenominator()).isEqualTo(8);
        assertThat(s.f1()).isCloseTo(2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5), EXACT);
    }

    @Test
    void ceafEOfTheWorkedExample() {
        // φ4({a b c},{a b}) = 4/5 and φ4({d e f g},{f g h i}) = 4/8 is the best alignment: 1.3.
        Score s = CeafE.score(KEY, RESPONSE);
        assertThat(s.recallNumerator()).isCloseTo(1.3, EXACT);
        assertThat(s.recallDenominator()).isEqualTo(2);
        assertThat(s.precisionDenominator()).isEqualTo(3);
        assertThat(s.recall()).isCloseTo(0.65, EXACT);
        assertThat(s.precision()).isCloseTo(1.3 / 3, EXACT);
        assertThat(s.f1()).isCloseTo(0.52, EXACT);
    }

    @Test
    void conllF1IsTheMeanOfTheThree() {
        CorefScores s = CorefScores.of(KEY, RESPONSE);
        double b3 = 2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5);
        assertThat(s.conllF1()).isCloseTo((0.4 + b3 + 0.52) / 3, EXACT);
    }

    @Test
    void ceafEFindsTheOptimalNotTheGreedyAlignment() {
        // key {a c d e f} {b}; response {b c d e} {f} {a}.
        // Greedy takes the best pair φ4({a c d e f},{b c d e}) = 6/9 and then {b} has nothing left: 2/3.
        // Optimal: φ4({b},{b c d e}) = 2/5 plus φ4({a c d e f},{f}) = 2/6: 11/15.
        Partition<String> key = Partition.of(List.of(List.of("a", "c", "d", "e", "f"), List.of("b")));
        Partition<String> response = Partition.of(List.of(List.of("b", "c", "d", "e"), List.of("f"), List.of("a")));
        Score s = CeafE.score(key, response);
        assertThat(s.recallNumerator()).isCloseTo(11.0 / 15, EXACT);
        assertThat(s.recall()).isCloseTo(11.0 / 30, EXACT);
        assertThat(s.precision()).isCloseTo(11.0 / 45, EXACT);
        // MUC: {a c d e f} splits into {a}{c d e}{f}: 2 of 4 links; {b c d e} into {b}{c d e}: 2 of 3.
        assertThat(Muc.score(key, response)).isEqualTo(new Score(2, 4, 2, 3));
        // B³ recall: (3² + 1 + 1)/5 + 1/1 = 3.2 of 6; precision: (1 + 3²)/4 + 1 + 1 = 4.5 of 6.
        Score b3 = BCubed.score(key, response);
        assertThat(b3.recallNumerator()).isCloseTo(3.2, EXACT);
        assertThat(b3.precisionNumerator()).isCloseTo(4.5, EXACT);
    }

    @Test
    void aPerfectResponseScoresOneEverywhere() {
        CorefScores s = CorefScores.of(KEY, KEY);
        assertThat(s.muc()).isEqualTo(new Score(5, 5, 5, 5));
        assertThat(s.bCubed()).isEqualTo(new Score(7, 7, 7, 7));
        assertThat(s.ceafE()).isEqualTo(new Score(2, 2, 2, 2));
        assertThat(s.conllF1()).isEqualTo(1.0);
    }

    @Test
    void singletonsHaveNoMucLinksButCountForBCubedAndCeafE() {
        // key {a b} {c}; response all singletons {a} {b} {c}.
        Partition<String> key = Partition.of(List.of(List.of("a", "b"), List.of("c")));
        Partition<String> response = Partition.of(List.of(List.of("a"), List.of("b"), List.of("c")));
        assertThat(Muc.score(key, response)).isEqualTo(new Score(0, 1, 0, 0));
        // B³ recall: 1/2 + 1/2 + 1 = 2 of 3; precision: 1 + 1 + 1 = 3 of 3.
        assertThat(BCubed.score(key, response)).isEqualTo(new Score(2, 3, 3, 3));
        // CEAF-e: {a b}-{a} 2/3 and {c}-{c} 1.
        Score ceaf = CeafE.score(key, response);
        assertThat(ceaf.recallNumerator()).isCloseTo(5.0 / 3, EXACT);
        assertThat(ceaf.recallDenominator()).isEqualTo(2);
        assertThat(ceaf.precisionDenominator()).isEqualTo(3);
    }

    @Test
    void anEmptyResponseScoresZeroAgainstItsKey() {
        CorefScores s = CorefScores.of(KEY, Partition.empty());
        assertThat(s.muc()).isEqualTo(new Score(0, 5, 0, 0));
        assertThat(s.bCubed()).isEqualTo(new Score(0, 7, 0, 0));
        assertThat(s.ceafE()).isEqualTo(new Score(0, 2, 0, 0));
        assertThat(s.conllF1()).isZero();
    }

    @Test
    void documentScoresAddUp() {
        CorefScores one = CorefScores.of(KEY, RESPONSE);
        CorefScores two = CorefScores.ZERO.plus(one).plus(one);
        assertThat(two.muc()).isEqualTo(new Score(4, 10, 4, 10));
        assertThat(two.conllF1()).isCloseTo(one.conllF1(), EXACT);
    }
}
