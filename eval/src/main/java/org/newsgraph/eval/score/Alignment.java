package org.newsgraph.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * A one-to-one alignment of predicted mentions to gold mentions, for mention detection scores and
 * for scoring coreference when mentions need not match exactly. Built by {@link #exact} (equal keys)
 * or {@link #best} (any similarity, e.g. "inside the gold span and covering its head"). Immutable and
 * thread-safe.
 */
public final class Alignment {

    private final int goldCount;
    private final int[] goldOfPredicted;
    private final int matched;

    private Alignment(int goldCount, int[] goldOfPredicted) {
        this.goldCount = goldCount;
        this.goldOfPredicted = goldOfPredicted;
        this.matched = (int) Arrays.stream(goldOfPredicted).filter(g -> g >= 0).count();
    }

    /**
     * Aligns each predicted key to the equal gold key.
     *
     * @throws IllegalArgumentException if a list holds a key twice
     */
    public static <K> Alignment exact(List<K> gold, List<K> predicted) {
        requireDistinct(gold, "gold");
        requireDistinct(predicted, "predicted");
        Map<K, Integer> goldIndex = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldIndex.put(gold.get(i), i);
        }
        int[] goldOf = new int[predicted.size()];
        for (int j = 0; j < predicted.size(); j++) {
            goldOf[j] = goldIndex.getOrDefault(predicted.get(j), -1);
        }
        return new Alignment(gold.size(), goldOf);
    }

    /**
     * The one-to-one alignment that maximises the total similarity; pairs of similarity zero (or
     * less) never align. Give exact matches a higher similarity than loose ones to prefer them.
     */
    public static <G, P> Alignment best(List<G> gold, List<P> predicted, ToDoubleBiFunction<G, P> similarity) {
        Objects.requireNonNull(similarity, "similarity");
        List<Assignment.Edge> edges = new ArrayList<>();
        for (int j = 0; j < predicted.size(); j++) {
            for (int i = 0; i < gold.size(); i++) {
                double s = similarity.applyAsDouble(gold.get(i), predicted.get(j));
                if (s > 0) {
                    edges.add(new Assignment.Edge(j, i, s));
                }
            }
        }
        return new Alignment(gold.size(), Assignment.maximize(predicted.size(), gold.size(), edges));
    }

    private static void requireDistinct(Collection<?> keys, String side) {
        Set<Object> seen = new HashSet<>();
        for (Object key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException(side + " mention " + key + " appears twice");
            }
        }
    }

    /** The index of the gold mention aligned to predicted mention {@code predicted}, if any. */
    public OptionalInt findGold(int predicted) {
        int g = goldOfPredicted[predicted];
        return g < 0 ? OptionalInt.empty() : OptionalInt.of(g);
    }

    public int matched() {
        return matched;
    }

    public int goldCount() {
        return goldCount;
    }

    public int predictedCount() {
        return goldOfPredicted.length;
    }

    /** Mention detection: aligned pairs over gold (recall) and over predicted (precision). */
    public Score score() {
        return Score.ofCounts(matched, goldCount, goldOfPredicted.length);
    }
}
