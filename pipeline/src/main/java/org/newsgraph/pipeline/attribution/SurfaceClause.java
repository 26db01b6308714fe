package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isFinite;
import static org.newsgraph.pipeline.attribution.RuleContext.isOpeningMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * A parser-repair fallback of {@link VerbCueRule}: when the parse gives a finite cue verb no content
 * (it often mistakes "said" for an auxiliary or hangs the clause elsewhere), "NP said [that] CLAUSE."
 * is read off the words, with the speaker before the verb ("Podesta, who said ..., said he was unaware").
 */
final class SurfaceClause {

    private final RuleContext ctx;
    private final List<Token> tokens;

    SurfaceClause(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    List<Candidate> at(Token v, CueClass cls) {
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        if (!isFinite(v) || cls == CueClass.SEEM || VerbCueRule.CLAUSE_ONLY_VERBS.contains(lemma)) {
            return List.of();
        }
        int sentenceEnd = ctx.sentenceEnd(v.index());
        int first = v.index() + 1;
        Optional<Integer> addressee = ctx.parse().child(v.index(), "obj").filter(o -> o > v.index());
        if (VerbCueRule.ADDRESSEE_VERBS.contains(lemma) && addressee.isPresent()) {
            first = ctx.range(addressee.get(), -1).end(); // "told the AP her group never ..."
        }
        while (first < sentenceEnd && (lower(tokens.get(first)).equals("that") || isPunct(tokens.get(first))
                && !isOpeningMark(tokens.get(first)))) {
            first++;
        }
        Speakers.Phrase speaker = ctx.speakers().before(v.index());
        if (speaker != null && first < sentenceEnd && tokens.get(first).pos().equals("IN")
                && speaker.range().first() > ctx.sentenceOf(v.index()).firstToken() + 2
                && tokens.get(speaker.range().first() - 1).text().equals(",")
                && tokens.subList(first, sentenceEnd).stream().noneMatch(t -> lower(t).equals("that")
                        || Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos()))) {
            return List.of(); // "CLAUSE, X said in June, citing ...": the clause before is the content
        }
        if (first < sentenceEnd && tokens.get(first).pos().equals("TO") && !VerbCueRule.INFINITIVE_VERBS.contains(lemma)) {
            return List.of(); // "sought to calm his supporters", "spoke to reporters": an act, not a statement
        }
        int end = sentenceEnd;
        boolean clause = tokens.subList(first, end).stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD"));
        if (!clause || end - first < 3 || ctx.quoted(first)) {
            return List.of();
        }
        Optional<Integer> subject = ctx.parse().child(v.index(), "nsubj").filter(n -> n < v.index());
        if (speaker == null && subject.isEmpty()) {
            return List.of();
        }
        // "Dean Johnson, a salesman from Sumter, says ...": the parse finds the subject past the apposition
        Source resolved = speaker == null ? ctx.speakers().sourceAt(subject.get()) : ctx.speakers().resolve(speaker);
        return ctx.contents().of(new TokenRange(first, end), ctx.cues().range(v.index()), resolved,
                ctx.cues().certainty(cls, v.index(), false), List.of(), v.index(), false);
    }
}
