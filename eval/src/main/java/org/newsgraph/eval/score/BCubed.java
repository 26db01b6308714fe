package org.newsgraph.eval.score;

import java.util.Map;

/**
 * The B³ mention-based metric (Bagga and Baldwin 1998) as the CoNLL-2012 reference scorer computes
 * it for predicted mentions (Pradhan et al. 2014): recall is {@code Σ_k Σ_r |k∩r|² / |k|} over the
 * total number of key mentions, precision {@code Σ_r Σ_k |k∩r|² / |r|} over the total number of
 * response mentions. Singletons count like any cluster; a mention on one side only adds to that
 * side's denominator. Stateless and thread-safe.
 */
public final class BCubed {

    private BCubed() {
    }

    public static <K> Score score(Partition<K> key, Partition<K> response) {
        Contingency c = Contingency.of(key, response);
        double recallNumerator = 0;
        int recallDenominator = 0;
        for (int i = 0; i < c.keySizes().length; i++) {
            recallNumerator += squares(c.byKey().get(i)) / (double) c.keySizes()[i];
            recallDenominator += c.keySizes()[i];
        }
        double precisionNumerator = 0;
        int precisionDenominator = 0;
        for (int j = 0; j < c.responseSizes().length; j++) {
            precisionNumerator += squares(c.byResponse().get(j)) / (double) c.responseSizes()[j];
            precisionDenominator += c.responseSizes()[j];
        }
        return new Score(recallNumerator, recallDenominator, precisionNumerator, precisionDenominator);
    }

    private static long squares(Map<Integer, Integer> overlaps) {
        return overlaps.values().stream().mapToLong(n -> (long) n * n).sum();
    }
}
