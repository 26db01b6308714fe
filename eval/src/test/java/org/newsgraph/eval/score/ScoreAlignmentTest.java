package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreAlignmentTest {

    @Test
    void exactPairsEqualKeys() {
        Alignment a = Alignment.exact(List.of("a", "b", "c"), List.of("c", "x"));
        assertThat(a.findGold(0)).hasValue(2);
        assertThat(a.findGold(1)).isEmpty();
        assertThat(a.score()).isEqualTo(Score.ofCounts(1, 3, 2));
    }

    @Test
    void exactRejectsRepeatedKeys() {
        assertThatThrownBy(() -> Alignment.exact(List.of("a"), List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predicted mention a appears twice");
    }

    @Test
    void bestAlignsOneToOnePreferringHigherSimilarity() {
        // Gold intervals [0,10) and [2,4); predicted [2,4) lies inside both, [0,3) only inside the first.
        // Similarity 2 for equal intervals, 1 for containment: the optimum pairs [2,4) with [2,4)
        // and [0,3) with [0,10); [5,6) stays unaligned because [0,10) is taken.
        List<int[]> gold = List.of(new int[] {0, 10}, new int[] {2, 4});
        List<int[]> predicted = List.of(new int[] {2, 4}, new int[] {0, 3}, new int[] {5, 6});
        Alignment a = Alignment.best(gold, predicted, (g, p) -> g[0] == p[0] && g[1] == p[1] ? 2
                : g[0] <= p[0] && p[1] <= g[1] ? 1 : 0);
        assertThat(a.findGold(0)).hasValue(1);
        assertThat(a.findGold(1)).hasValue(0);
        assertThat(a.findGold(2)).isEmpty();
        assertThat(a.score()).isEqualTo(Score.ofCounts(2, 2, 3));
    }
}
