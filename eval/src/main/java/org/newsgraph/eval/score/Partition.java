package org.newsgraph.eval.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A clustering of mentions into entities (coreference chains): the key or the response of a
 * coreference evaluation. Mentions are identified by their key alone ({@code equals}/{@code
 * hashCode}), e.g. an exact character span, as the CoNLL-2012 reference scorer identifies mentions
 * by exact token span. Singleton clusters are allowed and count as the metrics define.
 *
 * <p>Immutable and thread-safe when the keys are. Construction fails with {@link
 * IllegalArgumentException} on an empty cluster or a key in two clusters (or twice in one).
 *
 * @param <K> the mention key type
 */
public final class Partition<K> {

    private final List<Set<K>> clusters;
    private final Map<K, Integer> clusterIndex;

    private Partition(List<Set<K>> clusters, Map<K, Integer> clusterIndex) {
        this.clusters = clusters;
        this.clusterIndex = clusterIndex;
    }

    /** A partition of the given clusters, in the given order. */
    public static <K> Partition<K> of(Collection<? extends Collection<? extends K>> clusters) {
        Objects.requireNonNull(clusters, "clusters");
        List<Set<K>> copies = new ArrayList<>(clusters.size());
        Map<K, Integer> index = new HashMap<>();
        for (Collection<? extends K> cluster : clusters) {
            if (cluster.isEmpty()) {
                throw new IllegalArgumentException("empty cluster at " + copies.size());
            }
            Set<K> copy = new LinkedHashSet<>();
            for (K key : cluster) {
                Objects.requireNonNull(key, "mention key");
                Integer previous = index.putIfAbsent(key, copies.size());
                if (previous != null) {
                    throw new IllegalArgumentException("mention " + key + " is in cluster " + previous
                            + " and again in cluster " + copies.size());
                }
                copy.add(key);
            }
            copies.add(Collections.unmodifiableSet(copy));
        }
        return new Partition<>(List.copyOf(copies), Collections.unmodifiableMap(index));
    }

    /** The partition with no mentions. */
    public static <K> Partition<K> empty() {
        return of(List.of());
    }

    public List<Set<K>> clusters() {
        return clusters;
    }

    /** Every mention key, in no particular order. */
    public Set<K> mentions() {
        return clusterIndex.keySet();
    }

    public int mentionCount() {
        return clusterIndex.size();
    }

    public int size() {
        return clusters.size();
    }

    public boolean contains(K key) {
        return clusterIndex.containsKey(key);
    }

    /** The index in {@link #clusters()} of the cluster holding {@code key}, if any. */
    public OptionalInt findCluster(K key) {
        Integer i = clusterIndex.get(key);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The clusters that satisfy {@code keep}, with all their mentions. */
    public Partition<K> filter(Predicate<? super Set<K>> keep) {
        return of(clusters.stream().filter(keep).toList());
    }

    /**
     * The same clustering with every key replaced by {@code f(key)}.
     *
     * @throws IllegalArgumentException if {@code f} maps two keys to one
     */
    public <T> Partition<T> map(Function<? super K, ? extends T> f) {
        List<List<T>> mapped = new ArrayList<>(clusters.size());
        for (Set<K> cluster : clusters) {
            mapped.add(cluster.stream().<T>map(f).toList());
        }
        return of(mapped);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition<?> p && Set.copyOf(clusters).equals(Set.copyOf(p.clusters));
    }

    @Override
    public int hashCode() {
        return Set.copyOf(clusters).hashCode();
    }

    @Override
    public String toString() {
        return clusters.toString();
    }
}
