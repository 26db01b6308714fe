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
 * attribution's span of a role as one item: precision is the share of predicted items that match a
 * gold item, recall the share of gold items that some predicted item matches. Stateless.
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
        int recalled = (int) g.stream().filter(gs -> p.stream().anyMatch(ps -> matches(gs, ps, exact))).count();
        int precise = (int) p.stream().filter(ps -> g.stream().anyMatch(gs -> matches(gs, ps, exact))).count();
        return new Score(recalled, g.size(), precise, p.size());
    }

    private static boolean matches(GoldSpan gold, Span predicted, boolean exact) {
        return exact ? gold.matchesExactly(predicted.start(), predicted.end())
                : gold.overlaps(predicted.start(), predicted.end());
    }

    private static Score relations(List<GoldAttribution> gold, List<Attribution> predicted) {
        int recalled = (int) gold.stream().filter(g -> predicted.stream().anyMatch(p -> sameRelation(g, p))).count();
        int precise = (int) predicted.stream().filter(p -> gold.stream().anyMatch(g -> sameRelation(g, p))).count();
        return new Score(recalled, gold.size(), precise, predicted.size());
    }

    private static boolean sameRelation(GoldAttribution g, Attribution p) {
        if (!g.content().overlaps(p.content().start(), p.content().end())) {
            return false;
        }
        if (g.source() == null) {
            return true;
        }
        Span source = sourceSpan(p);
        return source != null && g.source().overlaps(source.start(), source.end());
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
