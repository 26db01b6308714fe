package org.newsgraph.eval.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How many mentions each key cluster shares with each response cluster, kept sparse: the shared
 * input of every coreference metric.
 *
 * @param keySizes      size of each key cluster
 * @param responseSizes size of each response cluster
 * @param byKey         for each key cluster, response cluster index to the number of shared mentions
 * @param byResponse    for each response cluster, key cluster index to the number of shared mentions
 */
record Contingency(int[] keySizes, int[] responseSizes, List<Map<Integer, Integer>> byKey,
        List<Map<Integer, Integer>> byResponse) {

    static <K> Contingency of(Partition<K> key, Partition<K> response) {
        int[] keySizes = sizes(key);
        int[] responseSizes = sizes(response);
        List<Map<Integer, Integer>> byKey = emptyMaps(key.size());
        List<Map<Integer, Integer>> byResponse = emptyMaps(response.size());
        for (int i = 0; i < key.size(); i++) {
            for (K mention : key.clusters().get(i)) {
                OptionalInt j = response.findCluster(mention);
                if (j.isPresent()) {
                    byKey.get(i).merge(j.getAsInt(), 1, Integer::sum);
                    byResponse.get(j.getAsInt()).merge(i, 1, Integer::sum);
                }
            }
        }
        return new Contingency(keySizes, responseSizes, byKey, byResponse);
    }

    private static int[] sizes(Partition<?> partition) {
        return partition.clusters().stream().mapToInt(Set::size).toArray();
    }

    private static List<Map<Integer, Integer>> emptyMaps(int n) {
        List<Map<Integer, Integer>> maps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            maps.add(new LinkedHashMap<>());
        }
        return maps;
    }
}
