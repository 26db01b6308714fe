package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.eval.polnear.AttributionScorer;
import org.newsgraph.eval.polnear.GoldAttribution;
import org.newsgraph.pipeline.attribution.AttributionModel;
import org.newsgraph.pipeline.attribution.AttributionProposal;
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
