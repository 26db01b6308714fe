package org.newsgraph.store.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MinHash signatures of texts over shingles of {@value #SHINGLE} words (lower case, letters and
 * digits only), with {@value #HASHES} hash functions, and their LSH bands: {@value #BANDS} bands of
 * {@value #ROWS} values, so that two texts whose shingle sets have a Jaccard similarity of 0.5 share
 * a band with probability 0.87, and of 0.2 with probability 0.05.
 */
public final class MinHash {

    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** Hash functions, i.e. values per signature. */
    public static final int HASHES = 128;
    /** Bands per signature. */
    public static final int BANDS = 32;
    /** Values per band. */
    public static final int ROWS = HASHES / BANDS;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    /** The text's signature: {@value #HASHES} values; empty if the text has no word. */
    public static long[] signature(String text) {
        Set<Long> shingles = shingles(text);
        if (shingles.isEmpty()) {
            return new long[0];
        }
        long[] signature = new long[HASHES];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                signature[i] = Math.min(signature[i], mix(shingle ^ SEEDS[i]));
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of two signatures: the share of equal values; 0 if either is empty. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != HASHES || b.length != HASHES) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    /** One hash per band of a (non-empty) signature. */
    public static long[] bands(long[] signature) {
        if (signature.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " values, not " + signature.length);
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long hash = b;
            for (int r = 0; r < ROWS; r++) {
                hash = mix(hash * 31 + signature[b * ROWS + r]);
            }
            bands[b] = hash;
        }
        return bands;
    }

    /** The hashes of the text's word shingles (one shingle of all words if it has fewer than {@value #SHINGLE}). */
    static Set<Long> shingles(String text) {
        List<String> words = NON_WORD.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
        Set<Long> shingles = new HashSet<>();
        int last = Math.max(0, words.size() - SHINGLE);
        for (int start = 0; start <= last && start < words.size(); start++) {
            long hash = 0xCBF29CE484222325L;
            for (String word : words.subList(start, Math.min(words.size(), start + SHINGLE))) {
                for (int i = 0; i < word.length(); i++) {
                    hash = (hash ^ word.charAt(i)) * 0x100000001B3L;
                }
                hash = (hash ^ ' ') * 0x100000001B3L;
            }
            shingles.add(hash);
        }
        return shingles;
    }

    /** The SplitMix64 finaliser: a well-mixed 64-bit hash of a 64-bit value. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
