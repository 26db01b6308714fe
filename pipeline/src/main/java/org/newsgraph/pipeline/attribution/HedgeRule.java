package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/** Sourceless hedges and allegations: "reportedly", "allegedly" over the clause they modify. */
final class HedgeRule implements AttributionRule {

    private static final Set<String> HEDGE_ADVERBS = WordSets.set("HEDGE_ADVERBS");
    private static final Set<String> ALLEGE_ADVERBS = WordSets.set("ALLEGE_ADVERBS");

    private final RuleContext ctx;

    HedgeRule(RuleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<Candidate> atToken(Token t) {
        String w = lower(t);
        boolean hedge = HEDGE_ADVERBS.contains(w);
        int head = ctx.parse().head(t.index());
        if (!hedge && !ALLEGE_ADVERBS.contains(w) || head < 0) {
            return List.of();
        }
        TokenRange content = ctx.range(head, t.index());
        return ctx.contents().of(content, new TokenRange(t.index(), t.index() + 1), null,
                hedge ? Certainty.HEDGED : Certainty.ALLEGED, List.of(), t.index(), true).stream().limit(1).toList();
    }
}
