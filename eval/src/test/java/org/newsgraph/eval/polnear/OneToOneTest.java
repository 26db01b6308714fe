package org.newsgraph.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneToOneTest {

    @Test
    void onePredictionCountsForOneGoldItemOnly() {
        // two gold items, both overlapping the single prediction
        assertThat(OneToOne.count(2, 1, (g, p) -> 1)).isEqualTo(1);
    }

    @Test
    void findsTheLargestMatchingEvenWhenTheHeaviestPairBlocksIt() {
        // gold 0 prefers prediction 0 (weight 9) but can take 1; gold 1 can take only prediction 0
        int[][] w = {{9, 2}, {3, 0}};
        assertThat(OneToOne.count(2, 2, (g, p) -> w[g][p])).isEqualTo(2);
    }

    @Test
    void nothingMatchesWhenNoWeightIsPositive() {
        assertThat(OneToOne.count(3, 2, (g, p) -> 0)).isZero();
        assertThat(OneToOne.count(0, 2, (g, p) -> 1)).isZero();
    }
}
