package org.newsgraph.eval.score;

import java.util.Map;

/**
 * The MUC link-based metric (Vilain et al. 1995) as the CoNLL-2012 reference scorer computes it.
 * Recall is {@code Σ(|k| − |p(k)|) / Σ(|k| − 1)} over key clusters {@code k}, where {@code p(k)} is
 * the partition of {@code k} by the response, a key mention missing from the response counting as a
 * part of its own; precision swaps key and response. Singleton clusters have no links, so they add
 * nothing to either side. Stateless and thread-safe.
 */
public final class Muc {

    private Muc() {
    }

    public static <K> Score score(Partition<K> key, Partition<K> response) {
        Contingency c = Contingency.of(key, response);
        int recallNumerator = 0;
        int recallDenominator = 0;
        for (int i = 0; i < c.keySizes().length; i++) {
            recallNumerator += c.keySizes()[i] - parts(c.keySizes()[i], c.byKey().get(i));
            recallDenominator += c.keySizes()[i] - 1;
        }
        int precisionNumerator = 0;
        int precisionDenominator = 0;
        for (int j = 0; j < c.responseSizes().length; j++) {
            precisionNumerator += c.responseSizes()[j] - parts(c.responseSizes()[j], c.byResponse().get(j));
            precisionDenominator += c.responseSizes()[j] - 1;
        }
        return new Score(recallNumerator, recallDenominator, precisionNumerator, precisionDenominator);
    }

    /** Clusters of the other side the cluster meets, plus one part per mention the other side lacks. */
    private static int parts(int size, Map<Integer, Integer> overlaps) {
        int shared = overlaps.values().stream().mapToInt(Integer::intValue).sum();
        return overlaps.size() + (size - shared);
    }
}
