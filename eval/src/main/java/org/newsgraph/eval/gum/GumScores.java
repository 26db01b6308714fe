package org.newsgraph.eval.gum;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.eval.score.CorefScores;

/**
 * The scores of newsgraph against GUM, for one document or summed over many.
 *
 * @param counts      sizes of both sides
 * @param detection   mention detection, for every {@link Setting}
 * @param coreference MUC, B³ and CEAF-e of newsgraph's entities against GUM's chains, for every
 *                    {@link Setting}
 */
public record GumScores(GumCounts counts, Map<Setting, DetectionScores> detection,
        Map<Setting, CorefScores> coreference) {

    /** No documents: the identity of {@link #plus}. */
    public static final GumScores EMPTY = empty();

    public GumScores {
        Objects.requireNonNull(counts, "counts");
        detection = Map.copyOf(detection);
        coreference = Map.copyOf(coreference);
        for (Setting s : Setting.all()) {
            if (!detection.containsKey(s) || !coreference.containsKey(s)) {
                throw new IllegalArgumentException("no scores for " + s);
            }
        }
    }

    public DetectionScores detection(Setting setting) {
        return detection.get(setting);
    }

    public CorefScores coreference(Setting setting) {
        return coreference.get(setting);
    }

    /** Corpus-level sum (micro-average), as the CoNLL reference scorer accumulates documents. */
    public GumScores plus(GumScores other) {
        Map<Setting, DetectionScores> d = new HashMap<>();
        Map<Setting, CorefScores> c = new HashMap<>();
        for (Setting s : Setting.all()) {
            d.put(s, detection(s).plus(other.detection(s)));
            c.put(s, coreference(s).plus(other.coreference(s)));
        }
        return new GumScores(counts.plus(other.counts), d, c);
    }

    private static GumScores empty() {
        Map<Setting, DetectionScores> d = new HashMap<>();
        Map<Setting, CorefScores> c = new HashMap<>();
        for (Setting s : Setting.all()) {
            d.put(s, DetectionScores.ZERO);
            c.put(s, CorefScores.ZERO);
        }
        return new GumScores(GumCounts.ZERO, d, c);
    }
}
