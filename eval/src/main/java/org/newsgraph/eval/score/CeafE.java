package org.newsgraph.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entity-based CEAF metric (Luo 2005), CEAF-e, as the CoNLL-2012 reference scorer computes it:
 * key and response entities are aligned one-to-one so as to maximise the total similarity
 * {@code φ4(k, r) = 2|k∩r| / (|k| + |r|)} (Kuhn–Munkres, {@link Assignment}); recall is that total
 * over the number of key entities, precision over the number of response entities. Singletons
 * count as entities. Stateless and thread-safe.
 */
public final class CeafE {

    private CeafE() {
    }

    public static <K> Score score(Partition<K> key, Partition<K> response) {
        Contingency c = Contingency.of(key, response);
        List<Assignment.Edge> edges = new ArrayList<>();
        for (int i = 0; i < c.keySizes().length; i++) {
            for (Map.Entry<Integer, Integer> overlap : c.byKey().get(i).entrySet()) {
                int j = overlap.getKey();
                edges.add(new Assignment.Edge(i, j, phi4(overlap.getValue(), c.keySizes()[i], c.responseSizes()[j])));
            }
        }
        int[] aligned = Assignment.maximize(key.size(), response.size(), edges);
        double similarity = 0;
        for (int i = 0; i < aligned.length; i++) {
            if (aligned[i] >= 0) {
                int shared = c.byKey().get(i).get(aligned[i]);
                similarity += phi4(shared, c.keySizes()[i], c.responseSizes()[aligned[i]]);
            }
        }
        return new Score(similarity, key.size(), similarity, response.size());
    }

    private static double phi4(int shared, int keySize, int responseSize) {
        return 2.0 * shared / (keySize + responseSize);
    }
}
