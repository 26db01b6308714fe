package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CeafAssignmentTest {

    @Test
    void beatsTheGreedyChoice() {
        // Greedy takes 0.9 and is left with 0; the optimum is 0.8 + 0.8.
        assertThat(Assignment.maximize(new double[][] {{0.9, 0.8}, {0.8, 0.0}})).containsExactly(1, 0);
    }

    @Test
    void moreRowsThanColumnsLeavesRowsOut() {
        int[] rows = Assignment.maximize(new double[][] {{1}, {5}, {2}});
        assertThat(rows).containsExactly(-1, 0, -1);
    }

    @Test
    void moreColumnsThanRows() {
        assertThat(Assignment.maximize(new double[][] {{1, 3, 2}})).containsExactly(1);
        assertThat(Assignment.maximize(new double[0][0])).isEmpty();
    }

    @Test
    void sparseProblemsNeverReportZeroWeightPairs() {
        // Rows 0 and 1 compete for column 2; row 3 has no edge; column 0 pairs with row 2 alone.
        List<Assignment.Edge> edges = List.of(new Assignment.Edge(0, 2, 1.0), new Assignment.Edge(1, 2, 2.0),
                new Assignment.Edge(2, 0, 0.5));
        assertThat(Assignment.maximize(4, 3, edges)).containsExactly(-1, 2, 0, -1);
    }

    @Property(tries = 300)
    void denseMatchesBruteForce(@ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll @IntRange(min = 1, max = 5) int columns, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[][] w = new double[rows][columns];
        for (double[] row : w) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(100) / 10.0;
            }
        }
        int[] assigned = Assignment.maximize(w);
        Set<Integer> used = new HashSet<>();
        double total = 0;
        int assignedCount = 0;
        for (int i = 0; i < rows; i++) {
            if (assigned[i] >= 0) {
                assertThat(used.add(assigned[i])).as("column used twice: %s", Arrays.toString(assigned)).isTrue();
                total += w[i][assigned[i]];
                assignedCount++;
            }
        }
        assertThat(assignedCount).isEqualTo(Math.min(rows, columns));
        assertThat(total).isCloseTo(bruteForce(w, 0, new boolean[columns]), within(1e-9));
    }

    @Property(tries = 200)
    void sparseMatchesDense(@ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 1, max = 6) int columns, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[][] w = new double[rows][columns];
        List<Assignment.Edge> edges = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (random.nextInt(3) == 0) {
                    w[i][j] = 1 + random.nextInt(9);
                    edges.add(new Assignment.Edge(i, j, w[i][j]));
                }
            }
        }
        int[] sparse = Assignment.maximize(rows, columns, edges);
        double total = 0;
        for (int i = 0; i < rows; i++) {
            if (sparse[i] >= 0) {
                assertThat(w[i][sparse[i]]).isPositive();
                total += w[i][sparse[i]];
            }
        }
        assertThat(total).isCloseTo(bruteForce(w, 0, new boolean[columns]), within(1e-9));
    }

    private static double bruteForce(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double best = bruteForce(w, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, w[row][j] + bruteForce(w, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
