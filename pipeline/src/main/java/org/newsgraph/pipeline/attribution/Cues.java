package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/** A cue's span (the verb with its auxiliaries, negation and particle) and the certainty it gives. Read-only. */
final class Cues {

    private static final Set<String> AUXILIARIES = WordSets.set("AUXILIARIES");
    private static final Set<String> HEDGE_MODALS = WordSets.set("HEDGE_MODALS");

    private final DependencyIndex parse;
    private final List<Token> tokens;

    Cues(RuleContext ctx) {
        this.parse = ctx.parse();
        this.tokens = ctx.tokens();
    }

    /** The cue: the verb with its auxiliaries, negation and particle ("has not said", "pointed out"). */
    TokenRange range(int verb) {
        int first = verb;
        int end = verb + 1;
        for (int c : parse.children(verb)) {
            String r = parse.relation(c);
            if (c < verb && c >= verb - 3 && (r.startsWith("aux") && AUXILIARIES.contains(tokens.get(c).lemma())
                    || r.equals("neg") || r.equals("advmod") && lower(tokens.get(c)).equals("not"))) {
                first = Math.min(first, c);
            } else if (c == verb + 1 && r.equals("compound:prt")) {
                end = c + 1;
            }
        }
        return new TokenRange(first, end);
    }

    /**
     * The certainty of a cue of class {@code cls} on {@code verb}: denied for a denial or a negated
     * "say", alleged for an allegation, hedged for a "seem", a modal, or a sourceless belief.
     */
    Certainty certainty(CueClass cls, int verb, boolean sourceless) {
        boolean negated = parse.children(verb).stream().anyMatch(c -> lower(tokens.get(c)).equals("not")
                || lower(tokens.get(c)).equals("n't") || lower(tokens.get(c)).equals("never"));
        boolean modal = parse.children(verb).stream().anyMatch(c -> parse.relation(c).equals("aux")
                && HEDGE_MODALS.contains(lower(tokens.get(c))));
        if (cls == CueClass.DENY) {
            return negated ? Certainty.REPORTED : Certainty.DENIED;
        }
        if (cls == CueClass.ALLEGE) {
            return Certainty.ALLEGED;
        }
        if (cls == CueClass.SEEM || modal || sourceless && cls == CueClass.BELIEVE) {
            return Certainty.HEDGED;
        }
        return negated && cls == CueClass.SAY ? Certainty.DENIED : Certainty.REPORTED;
    }
}
