package org.newsgraph.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maximum-weight one-to-one assignment (the Kuhn–Munkres, or Hungarian, algorithm), as CEAF needs
 * to align key and response entities. The dense solver is the O(n²m) shortest-augmenting-path
 * formulation with row and column potentials; the sparse entry point splits the problem into the
 * connected components of its non-zero weights first, which keeps large, sparse problems (many
 * entities, few overlaps) fast. Stateless and thread-safe.
 */
public final class Assignment {

    /**
     * A non-zero weight between a row and a column.
     *
     * @param row    row index
     * @param column column index
     * @param weight the gain of assigning them to each other; positive
     */
    public record Edge(int row, int column, double weight) {
        public Edge {
            if (row < 0 || column < 0 || !(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("bad edge " + row + "-" + column + " weight " + weight);
            }
        }
    }

    private Assignment() {
    }

    /**
     * Assigns rows to columns, each used at most once, maximising the total weight.
     *
     * @param weights a rectangular matrix of finite weights, {@code weights[row][column]}
     * @return for each row the column assigned to it, or -1 when there are more rows than columns
     *         and the row is left out
     */
    public static int[] maximize(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        for (double[] row : weights) {
            if (row.length != columns) {
                throw new IllegalArgumentException("ragged weight matrix");
            }
            for (double w : row) {
                if (!Double.isFinite(w)) {
                    throw new IllegalArgumentException("weight is not finite: " + w);
                }
            }
        }
        if (rows <= columns) {
            return minimizeCost(weights, rows, columns, false);
        }
        int[] columnToRow = minimizeCost(weights, columns, rows, true);
        int[] rowToColumn = new int[rows];
        Arrays.fill(rowToColumn, -1);
        for (int c = 0; c < columns; c++) {
            rowToColumn[columnToRow[c]] = c;
        }
        return rowToColumn;
    }

    /**
     * Maximum-weight assignment over sparse weights; absent pairs weigh zero and are never reported.
     *
     * @return for each row its assigned column, or -1 if it has none with a positive weight
     */
    public static int[] maximize(int rows, int columns, List<Edge> edges) {
        int[] parent = new int[rows + columns];
        Arrays.setAll(parent, i -> i);
        Map<Long, Double> weightOf = new HashMap<>();
        for (Edge e : edges) {
            if (e.row() >= rows || e.column() >= columns) {
                throw new IllegalArgumentException("edge " + e + " outside " + rows + "x" + columns);
            }
            weightOf.merge(pairKey(e.row(), e.column()), e.weight(), Math::max);
            parent[find(parent, e.row())] = find(parent, rows + e.column());
        }
        Map<Integer, List<Integer>> componentRows = new HashMap<>();
        Map<Integer, List<Integer>> componentColumns = new HashMap<>();
        for (Edge e : edges) {
            int root = find(parent, e.row());
            componentRows.computeIfAbsent(root, k -> new ArrayList<>());
            componentColumns.computeIfAbsent(root, k -> new ArrayList<>());
        }
        for (int r = 0; r < rows; r++) {
            List<Integer> members = componentRows.get(find(parent, r));
            if (members != null) {
                members.add(r);
            }
        }
        for (int c = 0; c < columns; c++) {
            List<Integer> members = componentColumns.get(find(parent, rows + c));
            if (members != null) {
                members.add(c);
            }
        }
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        for (Map.Entry<Integer, List<Integer>> component : componentRows.entrySet()) {
            List<Integer> rs = component.getValue();
            List<Integer> cs = componentColumns.get(component.getKey());
            double[][] dense = new double[rs.size()][cs.size()];
            for (int i = 0; i < rs.size(); i++) {
                for (int j = 0; j < cs.size(); j++) {
                    dense[i][j] = weightOf.getOrDefault(pairKey(rs.get(i), cs.get(j)), 0.0);
                }
            }
            int[] local = maximize(dense);
            for (int i = 0; i < local.length; i++) {
                if (local[i] >= 0 && dense[i][local[i]] > 0) {
                    result[rs.get(i)] = cs.get(local[i]);
                }
            }
        }
        return result;
    }

    private static long pairKey(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Minimum-cost assignment of every one of {@code n} rows to distinct columns among {@code m >= n},
     * with cost = -weight; {@code transposed} reads {@code weights[column][row]}.
     */
    private static int[] minimizeCost(double[][] weights, int n, int m, boolean transposed) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cost = -(transposed ? weights[j - 1][i0 - 1] : weights[i0 - 1][j - 1]);
                        double cur = cost - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToColumn = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                rowToColumn[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return rowToColumn;
    }
}
