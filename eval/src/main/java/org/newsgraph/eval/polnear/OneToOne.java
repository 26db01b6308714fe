package org.newsgraph.eval.polnear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of gold items to predicted items: each gold item is matched to at most one
 * prediction and each prediction to at most one gold item, and as many pairs as possible are matched
 * (a maximum bipartite matching, found by augmenting paths). Where several matchings are equally
 * large, a gold item tries its candidates in order of decreasing weight (e.g. shared characters), so
 * the closer prediction is preferred. Stateless.
 */
final class OneToOne {

    /** How well gold item {@code g} and prediction {@code p} match; {@code <= 0} means not at all. */
    @FunctionalInterface
    interface Weight {
        int of(int g, int p);
    }

    private OneToOne() {
    }

    /** The number of matched pairs between {@code gold} gold items and {@code predicted} predictions. */
    static int count(int gold, int predicted, Weight weight) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (int g = 0; g < gold; g++) {
            List<Integer> c = new ArrayList<>();
            for (int p = 0; p < predicted; p++) {
                if (weight.of(g, p) > 0) {
                    c.add(p);
                }
            }
            int gg = g;
            c.sort(Comparator.comparingInt((Integer p) -> -weight.of(gg, p)).thenComparingInt(p -> p));
            candidates.add(c);
        }
        int[] owner = new int[predicted];
        Arrays.fill(owner, -1);
        int matched = 0;
        for (int g = 0; g < gold; g++) {
            if (augment(g, candidates, owner, new boolean[predicted])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] owner, boolean[] seen) {
        for (int p : candidates.get(g)) {
            if (seen[p]) {
                continue;
            }
            seen[p] = true;
            if (owner[p] < 0 || augment(owner[p], candidates, owner, seen)) {
                owner[p] = g;
                return true;
            }
        }
        return false;
    }
}
