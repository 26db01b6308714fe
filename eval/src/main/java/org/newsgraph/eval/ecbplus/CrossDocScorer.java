package org.newsgraph.eval.ecbplus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.eval.score.Alignment;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Partition;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Span;

/**
 * Scores predicted cross-document event clusters of one ECB+ topic against its gold event chains,
 * on the selected sentences, with predicted mentions (as the CoNLL-2012 scorer does for system
 * mentions):
 * <ul>
 * <li>Key: the gold action mentions whose first token lies in a selected sentence, clustered by their
 *     chain ({@link EcbDocument#chainOf}); a mention in no relation is a singleton.</li>
 * <li>Response: the predicted mentions that overlap a token of a selected sentence, clustered by their
 *     cluster label. Each is aligned one-to-one, within its document, to a gold mention it shares a
 *     token with (an exact token match preferred) and then counts as that mention; an unaligned
 *     prediction stays a mention of its own that the key lacks.</li>
 * </ul>
 * The metrics ({@link CorefScores}: MUC, B³, CEAF-e) then treat mentions on one side only as the
 * reference scorer does. Stateless.
 */
public final class CrossDocScorer {

    private CrossDocScorer() {
    }

    /**
     * A predicted event mention.
     *
     * @param document the ECB+ document name, e.g. 23_1ecbplus
     * @param span     its trigger in the document's rebuilt text
     * @param cluster  the label of the cluster it is in (a story id, a lemma...)
     */
    public record Prediction(String document, Span span, String cluster) {
        public Prediction {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(cluster, "cluster");
        }
    }

    /**
     * What one topic (or a sum of topics) scores.
     *
     * @param coref    the coreference metrics
     * @param mentions mention detection: aligned predictions over gold mentions and over predictions
     */
    public record Result(CorefScores coref, Score mentions) {

        /** Nothing scored yet. */
        public static final Result ZERO = new Result(CorefScores.ZERO, Score.ZERO);

        public Result {
            Objects.requireNonNull(coref, "coref");
            Objects.requireNonNull(mentions, "mentions");
        }

        /** The sum of two results, as over the topics of a corpus. */
        public Result plus(Result other) {
            return new Result(coref.plus(other.coref), mentions.plus(other.mentions));
        }
    }

    /** Scores the predictions for {@code documents} (one topic) against their gold chains. */
    public static Result score(List<EcbDocument> documents, List<Prediction> predictions, SentenceSelection selection) {
        Map<String, List<String>> goldChains = new LinkedHashMap<>();
        Map<String, List<String>> predictedClusters = new LinkedHashMap<>();
        Score detection = Score.ZERO;
        for (EcbDocument doc : documents) {
            Map<Integer, EcbToken> tokens = doc.byId();
            List<List<Integer>> gold = new ArrayList<>();
            for (EcbMention m : doc.actions()) {
                EcbToken first = tokens.get(m.tokens().get(0));
                if (first != null && selection.contains(doc.name(), first.sentence()) && !gold.contains(m.tokens())) {
                    gold.add(m.tokens());
                    goldChains.computeIfAbsent(doc.chainOf(m), c -> new ArrayList<>()).add(key(doc, m.tokens()));
                }
            }
            List<Prediction> mine = new ArrayList<>();
            List<List<Integer>> covered = new ArrayList<>();
            Set<List<Integer>> seen = new LinkedHashSet<>();
            for (Prediction p : predictions) {
                if (!p.document().equals(doc.name())) {
                    continue;
                }
                List<Integer> ids = TriggerScorer.covered(doc, p.span());
                boolean selected = ids.stream().anyMatch(id -> selection.contains(doc.name(), tokens.get(id).sentence()));
                if (selected && seen.add(ids)) {
                    mine.add(p);
                    covered.add(ids);
                }
            }
            Alignment alignment = Alignment.best(gold, covered, CrossDocScorer::similarity);
            detection = detection.plus(alignment.score());
            for (int j = 0; j < mine.size(); j++) {
                OptionalInt g = alignment.findGold(j);
                String mention = g.isPresent() ? key(doc, gold.get(g.getAsInt())) : key(doc, covered.get(j)) + "|p";
                predictedClusters.computeIfAbsent(mine.get(j).cluster(), c -> new ArrayList<>()).add(mention);
            }
        }
        Partition<String> key = Partition.of(goldChains.values());
        Partition<String> response = Partition.of(predictedClusters.values());
        return new Result(CorefScores.of(key, response), detection);
    }

    /** 2 for the same tokens, 1 for shared tokens, 0 for none. */
    private static double similarity(List<Integer> gold, List<Integer> predicted) {
        if (gold.equals(predicted)) {
            return 2;
        }
        for (int id : predicted) {
            if (gold.contains(id)) {
                return 1;
            }
        }
        return 0;
    }

    private static String key(EcbDocument doc, List<Integer> tokens) {
        return doc.name() + "|" + tokens;
    }
}
