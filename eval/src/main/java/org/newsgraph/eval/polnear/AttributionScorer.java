package org.newsgraph.eval.polnear;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * Scores one document's attributions against PolNeAR's gold relations. Span scores count each
 * attribution's span of a role as one item. Predictions are matched to gold one-to-one
 * ({@link OneToOne}: as many pairs as possible, each item in at most one pair, closer overlaps
 * preferred), so one prediction never counts for two gold items: precision is matched pairs over
 * predicted items, recall matched pairs over gold items. To keep a document that failed in the
 * denominators, score its gold against a document without attributions. Stateless.
 */
public final class AttributionScorer {

    private AttributionScorer() {
    }

    public static AttributionScores score(Doc doc, List<GoldAttribution> gold) {
        List<Attribution> predicted = doc.attributions();
        return new AttributionScores(
                spans(gold, predicted, GoldAttribution::source, AttributionScorer::sourceSpan, true),
                spans(gold, predicted, GoldAttribution::source, AttributionScorer::sourceSpan, false),
                spans(gold, predicted, GoldAttribution::cue, Attribution::cue, true),
                spans(gold, predicted, GoldAttribution::cue, Attribution::cue, false),
                spans(gold, predicted, GoldAttribution::content, Attribution::content, true),
                spans(gold, predicted, GoldAttribution::content, Attribution::content, false),
                relations(gold, predicted),
                relations(gold.stream().filter(g -> isDirect(doc.text(), g.content())).toList(),
                        predicted.stream().filter(p -> p.kind() == AttributionKind.DIRECT).toList()),
                (int) gold.stream().filter(g -> g.source() != null && isDirect(doc.text(), g.content())).count(),
                (int) gold.stream().filter(g -> g.source() != null && isDirect(doc.text(), g.content()))
                        .filter(g -> rightSpeaker(doc, g)).count());
    }

    private static Span sourceSpan(Attribution a) {
        return a.source() == null ? null : a.source().span();
    }

    private static Score spans(List<GoldAttribution> gold, List<Attribution> predicted,
            Function<GoldAttribution, GoldSpan> goldRole, Function<Attribution, Span> predictedRole, boolean exact) {
        List<GoldSpan> g = gold.stream().map(goldRole).filter(java.util.Objects::nonNull).toList();
        List<Span> p = predicted.stream().map(predictedRole).filter(java.util.Objects::nonNull).toList();
        int matched = OneToOne.count(g.size(), p.size(), (i, j) -> exact
                ? (g.get(i).matchesExactly(p.get(j).start(), p.get(j).end()) ? 1 : 0)
                : shared(g.get(i), p.get(j)));
        return Score.ofCounts(matched, g.size(), p.size());
    }

    /** Characters the gold span's fragments share with {@code [span.start, span.end)}. */
    public static int shared(GoldSpan gold, Span span) {
        int n = 0;
        for (int[] f : gold.fragments()) {
            n += Math.max(0, Math.min(f[1], span.end()) - Math.max(f[0], span.start()));
        }
        return n;
    }

    private static Score relations(List<GoldAttribution> gold, List<Attribution> predicted) {
        int matched = OneToOne.count(gold.size(), predicted.size(), (i, j) -> relationWeight(gold.get(i),
                predicted.get(j)));
        return Score.ofCounts(matched, gold.size(), predicted.size());
    }

    /** True if {@code p} matches gold relation {@code g}: the contents overlap, and the sources where the gold has one. */
    public static boolean matches(GoldAttribution g, Attribution p) {
        return relationWeight(g, p) > 0;
    }

    /** Zero unless the contents overlap and (where the gold has a source) the sources overlap; else shared characters. */
    private static int relationWeight(GoldAttribution g, Attribution p) {
        int content = shared(g.content(), p.content());
        if (content == 0) {
            return 0;
        }
        if (g.source() == null) {
            return content;
        }
        Span source = sourceSpan(p);
        return source != null && g.source().overlaps(source.start(), source.end()) ? content : 0;
    }

    /** A gold content is a direct quote when each fragment opens and closes with a quotation mark. */
    static boolean isDirect(String text, GoldSpan content) {
        for (int[] f : content.fragments()) {
            String s = text.substring(f[0], f[1]).strip();
            if (s.length() < 2 || "“\"".indexOf(s.charAt(0)) < 0 || "”\"".indexOf(lastNonPunct(s)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static char lastNonPunct(String s) {
        int i = s.length() - 1;
        while (i > 0 && ".,;:!?".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return s.charAt(i);
    }

    /** The predicted attribution over this quote names the gold speaker (by span or by entity). */
    private static boolean rightSpeaker(Doc doc, GoldAttribution g) {
        for (Attribution p : doc.attributions()) {
            if (!g.content().overlaps(p.content().start(), p.content().end()) || p.source() == null) {
                continue;
            }
            Span s = p.source().span();
            if (s != null && g.source().overlaps(s.start(), s.end())) {
                return true;
            }
            String entity = p.source().entity();
            if (entity != null) {
                Entity e = doc.findEntity(entity).orElse(null);
                if (e != null && e.mentions().stream().map(Mention::span)
                        .anyMatch(m -> g.source().overlaps(m.start(), m.end()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
