package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * Joins a content split around its own cue into one attribution: "“We will,” he said, “never give
 * up.”" and "Taxes, he said, will rise" are one attribution each in PolNeAR, whose content covers both
 * parts (the joined span runs from the first part's start to the second part's end, the cue and source
 * between them included). Two candidates are joined when they share the cue token, one lies before the
 * cue and the other after it, in one sentence, and both are quotations or neither holds one (a quote
 * beside a clause the verb rules read off the same cue is two candidates, and the model judges each).
 * Read-only.
 */
final class SplitContents {

    private static final Set<String> END_MARKS = Set.of(".", "?", "!");

    private final RuleContext ctx;

    SplitContents(RuleContext ctx) {
        this.ctx = ctx;
    }

    /** The candidates with each pair split around its cue joined into one, in content order. */
    List<Candidate> joined(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> result = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Candidate a = sorted.get(i);
            Candidate joined = a;
            for (int j = i + 1; j < sorted.size(); j++) {
                Candidate b = sorted.get(j);
                if (!used[j] && splitAroundCue(a, b)) {
                    used[j] = true;
                    Source source = a.source() != null ? a.source() : b.source();
                    joined = new Candidate(a.start(), b.end(), a.cueStart(), a.cueEnd(), source, a.certainty(),
                            a.chain().isEmpty() ? b.chain() : a.chain(), a.cueToken(), false);
                    break;
                }
            }
            result.add(joined);
        }
        return result;
    }

    /**
     * True if {@code a} ends before the cue it shares with {@code b} and {@code b} begins after it,
     * within one sentence: no sentence end and no other quotation between them (the cue's addressee,
     * time or place may stand there: "“…,” he told reporters on Monday, “…”").
     */
    boolean splitAroundCue(Candidate a, Candidate b) {
        if (a.cueToken() < 0 || a.cueToken() != b.cueToken() || a.wholeDocument() || b.wholeDocument()
                || a.end() > a.cueStart() || b.start() < b.cueEnd() || isQuotation(a) != isQuotation(b)
                || !isQuotation(a) && (touchesQuotation(a) || touchesQuotation(b))) {
            return false;
        }
        for (Token t : ctx.tokens()) {
            if (t.start() >= b.start()) {
                break;
            }
            if (t.start() >= a.end() && t.end() <= b.start()
                    && (END_MARKS.contains(t.text()) || ctx.quoted(t.index()))) {
                return false;
            }
        }
        return true;
    }

    private boolean isQuotation(Candidate c) {
        return ctx.isQuotation(c.start(), c.end());
    }

    private boolean touchesQuotation(Candidate c) {
        return ctx.quotes().stream().anyMatch(q -> q.start() < c.end() && c.start() < q.end());
    }
}
