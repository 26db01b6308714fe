package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.eval.polnear.AttributionScorer;
import org.newsgraph.eval.polnear.GoldAttribution;
import org.newsgraph.pipeline.attribution.AttributionModel;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.attribution.AttributionProposal;
import org.newsgraph.pipeline.attribution.ContentChoices;
import smile.classification.Maxent;

/**
 * Fits an {@link AttributionModel}: an L2-regularised logistic regression (Smile's binomial
 * {@link Maxent}, over sparse binary features) on the rules' candidates, a candidate labelled an
 * attribution when it matches a gold relation ({@link AttributionScorer#matches}). Features seen in
 * fewer than {@code minCount} candidates are dropped, so the model holds general features and no
 * rare strings of the corpus. Deterministic: the same examples give the same model. Stateless.
 */
final class AttributionTrainer {

    /** One candidate with its label. */
    record Example(List<String> features, boolean attribution) {
    }

    private final double lambda;
    private final int minCount;
    private final double threshold;

    AttributionTrainer(double lambda, int minCount, double threshold) {
        this.lambda = lambda;
        this.minCount = minCount;
        this.threshold = threshold;
    }

    /** The candidates of one document, each labelled against the document's gold relations. */
    static List<Example> label(List<AttributionProposal> proposals, List<GoldAttribution> gold) {
        List<Example> result = new ArrayList<>();
        for (AttributionProposal p : proposals) {
            boolean match = gold.stream().anyMatch(g -> AttributionScorer.matches(g, p.attribution()));
            result.add(new Example(p.features(), match));
        }
        return result;
    }

    /**
     * The boundary alternatives of one document's candidates, each labelled against the gold relation
     * the candidate matches best (most shared content): an alternative is right where the gold content,
     * or the part of it the candidate covers, begins (ends). A side none of whose alternatives is right
     * teaches nothing and is left out.
     */
    static List<Example> labelBoundaries(List<ContentChoices> choices, List<GoldAttribution> gold) {
        List<Example> result = new ArrayList<>();
        for (ContentChoices c : choices) {
            Span content = c.attribution().content();
            GoldAttribution best = null;
            int most = 0;
            for (GoldAttribution g : gold) {
                int shared = AttributionScorer.shared(g.content(), content);
                if (shared > most && AttributionScorer.matches(g, c.attribution())) {
                    best = g;
                    most = shared;
                }
            }
            if (best == null) {
                continue;
            }
            List<int[]> covered = best.content().fragments().stream()
                    .filter(f -> f[0] < content.end() && content.start() < f[1]).toList();
            addSide(result, c.starts(), covered.get(0)[0]);
            addSide(result, c.ends(), covered.get(covered.size() - 1)[1]);
        }
        return result;
    }

    private static void addSide(List<Example> result, List<ContentChoices.Option> options, int right) {
        if (options.stream().anyMatch(o -> o.offset() == right)) {
            for (ContentChoices.Option o : options) {
                result.add(new Example(o.features(), o.offset() == right));
            }
        }
    }

    AttributionModel train(List<Example> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach((f, n) -> {
            if (n >= minCount) {
                index.put(f, 0);
            }
        });
        List<String> names = new ArrayList<>(index.keySet());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[][] x = new int[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get)
                    .distinct().sorted().toArray();
            y[i] = examples.get(i).attribution() ? 1 : 0;
        }
        if (names.isEmpty() || java.util.Arrays.stream(y).distinct().count() < 2) {
            throw new UsageException("too few candidates to train on: need attributions and non-attributions");
        }
        Maxent.Binomial fit = Maxent.binomial(names.size(), x, y, lambda, 1E-5, 500);
        double[] w = fit.coefficients();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (w[i] != 0) {
                weights.put(names.get(i), w[i]);
            }
        }
        return new AttributionModel(weights, w[names.size()], threshold);
    }
}
