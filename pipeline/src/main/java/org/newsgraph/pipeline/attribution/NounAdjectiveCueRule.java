package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Reporting nouns with a clause ("X's statement that ...") and adjectives of stance with a subject
 * and a copula ("X is confident that ...", "critical of Y").
 */
final class NounAdjectiveCueRule implements AttributionRule {

    private static final Map<String, Set<String>> STANCE_ADJECTIVES = WordSets.complements("STANCE_ADJECTIVES");

    private final RuleContext ctx;
    private final DependencyIndex parse;

    NounAdjectiveCueRule(RuleContext ctx) {
        this.ctx = ctx;
        this.parse = ctx.parse();
    }

    @Override
    public List<Candidate> atToken(Token t) {
        Optional<Candidate> noun = nounCue(t);
        Optional<Candidate> adjective = adjectiveCue(t);
        return noun.isPresent() && adjective.isPresent() ? List.of(noun.get(), adjective.get())
                : noun.or(() -> adjective).stream().toList();
    }

    private Optional<Candidate> nounCue(Token n) {
        if (!n.isNoun() || n.isProperNoun()) {
            return Optional.empty();
        }
        Optional<CueClass> cls = ctx.lexicon().noun(n.lemma());
        if (cls.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> clause = parse.child(n.index(), "ccomp")
                .or(() -> parse.child(n.index(), "acl").filter(a -> parse.child(a, "mark").isPresent()));
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        Source source = parse.child(n.index(), "nmod:poss").map(ctx.speakers()::sourceAt).orElse(null);
        return ctx.contents().one(ctx.range(clause.get(), -1), new TokenRange(n.index(), n.index() + 1), source,
                ctx.cues().certainty(cls.get(), n.index(), false), List.of(), n.index());
    }

    private Optional<Candidate> adjectiveCue(Token a) {
        if (!a.pos().startsWith("JJ") && !a.pos().equals("VBN")) {
            return Optional.empty();
        }
        Set<String> heads = STANCE_ADJECTIVES.get(lower(a));
        Optional<Integer> subj = parse.child(a.index(), "nsubj");
        if (heads == null || subj.isEmpty() || parse.child(a.index(), "cop").isEmpty()) {
            return Optional.empty();
        }
        TokenRange content = parse.child(a.index(), "ccomp").map(c -> ctx.range(c, -1))
                .or(() -> parse.child(a.index(), "xcomp").map(c -> ctx.range(c, -1)))
                .orElseGet(() -> VerbCueRule.prepositional(ctx, a.index(), heads));
        if (content == null) {
            return Optional.empty();
        }
        TokenRange cue = new TokenRange(parse.child(a.index(), "cop").get(), a.index() + 1);
        return ctx.contents().one(content, cue, ctx.speakers().sourceAt(subj.get()), Certainty.REPORTED, List.of(),
                a.index());
    }
}
