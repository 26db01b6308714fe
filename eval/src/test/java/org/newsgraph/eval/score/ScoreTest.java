package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void ratiosAndF1() {
        Score s = new Score(3, 4, 3, 6);
        assertThat(s.recall()).isEqualTo(0.75);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void zeroDenominatorsGiveZeroNotNaN() {
        assertThat(Score.ZERO.recall()).isZero();
        assertThat(Score.ZERO.precision()).isZero();
        assertThat(Score.ZERO.f1()).isZero();
        assertThat(new Score(0, 5, 0, 0).f1()).isZero();
    }

    @Test
    void sumsNumeratorsAndDenominatorsSoCorporaMicroAverage() {
        Score corpus = Score.ofCounts(1, 1, 2).plus(Score.ofCounts(0, 3, 2));
        assertThat(corpus).isEqualTo(new Score(1, 4, 1, 4));
        assertThat(corpus.f1()).isEqualTo(0.25);
    }

    @Test
    void countsCannotMatchMoreThanThereIs() {
        assertThatThrownBy(() -> Score.ofCounts(3, 2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(-1, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
