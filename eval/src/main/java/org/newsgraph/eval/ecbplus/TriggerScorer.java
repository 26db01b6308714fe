package org.newsgraph.eval.ecbplus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Span;

/**
 * Scores predicted event triggers against an ECB+ document's gold action mentions, in the selected
 * sentences only. A predicted trigger (a character span of the rebuilt text) covers the tokens it
 * overlaps; it is counted when one of them lies in a selected sentence, and is correct when it shares
 * a token with a gold mention. A gold mention is counted when its first token lies in a selected
 * sentence, and is found when some predicted trigger shares a token with it. Overlap matching is
 * lenient: two predicted triggers inside one two-word gold mention ("injured reserve") are both
 * correct, and the mention is found once. Stateless.
 */
public final class TriggerScorer {

    private TriggerScorer() {
    }

    /** Recall over gold action mentions, precision over predicted triggers. */
    public static Score score(EcbDocument doc, List<Span> predicted, SentenceSelection selection) {
        Map<Integer, EcbToken> tokens = doc.byId();
        List<List<Integer>> gold = new ArrayList<>();
        for (EcbMention m : doc.actions()) {
            EcbToken first = tokens.get(m.tokens().get(0));
            if (first != null && selection.contains(doc.name(), first.sentence())) {
                gold.add(m.tokens());
            }
        }
        List<List<Integer>> response = new ArrayList<>();
        for (Span span : predicted) {
            List<Integer> covered = covered(doc, span);
            boolean selected = covered.stream().anyMatch(id -> selection.contains(doc.name(), tokens.get(id).sentence()));
            if (selected) {
                response.add(covered);
            }
        }
        int found = (int) gold.stream().filter(g -> response.stream().anyMatch(r -> shares(g, r))).count();
        int correct = (int) response.stream().filter(r -> gold.stream().anyMatch(g -> shares(g, r))).count();
        return new Score(found, gold.size(), correct, response.size());
    }

    /** The ids of the tokens a span overlaps. */
    static List<Integer> covered(EcbDocument doc, Span span) {
        List<Integer> ids = new ArrayList<>();
        for (EcbToken t : doc.tokens()) {
            if (t.start() < span.end() && span.start() < t.end()) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    private static boolean shares(List<Integer> a, List<Integer> b) {
        for (int id : a) {
            if (b.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
