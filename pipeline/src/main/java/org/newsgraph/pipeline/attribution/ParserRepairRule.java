package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isOpeningMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * Parser-repair fallbacks read off the words of a sentence where the parse misses the attribution:
 * a postposed cue ("..., reported Korean Central News Agency.") and a fronted clause ("The plan is
 * tilted toward the rich, the Tax Foundation said.").
 */
final class ParserRepairRule implements AttributionRule {

    private static final Set<String> SUBORDINATORS = WordSets.set("SUBORDINATORS");
    private static final Set<String> CONNECTIVES = WordSets.set("CONNECTIVES");

    private final RuleContext ctx;
    private final List<Token> tokens;

    ParserRepairRule(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    @Override
    public List<Candidate> inSentence(Sentence s, List<Candidate> found) {
        List<Candidate> result = new ArrayList<>();
        Optional<Candidate> postposed = postposedCue(s, found);
        postposed.ifPresent(result::add);
        List<Candidate> seen = postposed.isEmpty() ? found : new ArrayList<>(found);
        if (postposed.isPresent()) {
            seen.add(postposed.get());
        }
        frontedClause(s, seen).ifPresent(result::add);
        return result;
    }

    /** A cue verb after a comma, followed by its source and the sentence end: the parser often misses it. */
    private Optional<Candidate> postposedCue(Sentence s, List<Candidate> found) {
        int end = s.endToken();
        while (end > s.firstToken() && isPunct(tokens.get(end - 1))) {
            end--;
        }
        for (int i = s.firstToken() + 2; i < end - 1; i++) {
            Token v = tokens.get(i);
            int at = i;
            if (ctx.quoted(i) || !v.isVerb() || ctx.lexicon().verb(v.lemma()).filter(c -> c == CueClass.SAY).isEmpty()
                    || !tokens.get(i - 1).text().equals(",") || found.stream().anyMatch(c -> c.cueToken() == at)) {
                continue;
            }
            int from = i + 1;
            boolean nounPhrase = end - from <= 12 && tokens.subList(from, end).stream().anyMatch(Token::isNoun)
                    && !tokens.get(from).pos().equals("IN") && !tokens.get(from).pos().equals("TO")
                    && tokens.subList(from, end).stream().noneMatch(t -> t.isVerb() || t.pos().equals("MD")
                            || (t.pos().equals("IN") || t.pos().equals("TO")) && t.index() < from + 2 && !lower(t).equals("of"));
            if (!nounPhrase) {
                continue;
            }
            int contentFirst = s.firstToken();
            if (tokens.get(contentFirst).pos().equals("VBG")) {
                // "Flouting the warning, Kim boarded ..., reported KCNA": the adjunct is the writer's
                for (int j = contentFirst; j < i - 1; j++) {
                    if (tokens.get(j).text().equals(",")) {
                        contentFirst = j + 1;
                        break;
                    }
                }
            }
            TokenRange content = new TokenRange(contentFirst, i - 1);
            int head = ctx.parse().headOf(i + 1, end);
            Source source = ctx.speakers().resolve(new TokenRange(i + 1, end), head);
            return ctx.contents().one(content, new TokenRange(i, i + 1), source,
                    ctx.cues().certainty(ctx.lexicon().verb(v.lemma()).get(), i, false), List.of(), i);
        }
        return Optional.empty();
    }

    /**
     * A clause, a comma, then "NP said" and at most a few adjunct words to the sentence end: the parser
     * often hangs the clause on the verb as an adverbial clause, which the verb rules do not read as
     * content. The clause must hold a verb and start the sentence or follow a connective.
     */
    private Optional<Candidate> frontedClause(Sentence s, List<Candidate> found) {
        int end = s.endToken();
        while (end > s.firstToken() && isPunct(tokens.get(end - 1))) {
            end--;
        }
        for (int i = s.firstToken() + 4; i < end; i++) {
            Token v = tokens.get(i);
            int at = i;
            if (ctx.quoted(i) || !RuleContext.isFinite(v)
                    || ctx.lexicon().verb(v.lemma()).filter(c -> c == CueClass.SAY || c == CueClass.EVIDENCE).isEmpty()
                    || found.stream().anyMatch(c -> c.cueToken() == at)) {
                continue;
            }
            Speakers.Phrase phrase = ctx.speakers().before(i);
            TokenRange speaker = phrase == null ? null : phrase.range();
            if (speaker == null || speaker.first() <= s.firstToken() + 2 || !tokens.get(speaker.first() - 1).text().equals(",")
                    || tokens.get(speaker.first()).pos().equals("CC") || tokens.get(speaker.first()).pos().equals("RB")
                    || speaker.end() != i && !tokens.subList(speaker.end(), i).stream().allMatch(t -> t.pos().equals("RB")
                            || t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("do"))) {
                continue;
            }
            // after the verb: adjuncts only ("on Friday", "in a statement"), no clause of its own
            int adjunctEnd = i + 1;
            while (adjunctEnd < end && !(tokens.get(adjunctEnd).text().equals(",") && adjunctEnd + 1 < end
                    && tokens.get(adjunctEnd + 1).pos().equals("VBG"))) {
                adjunctEnd++; // ", citing the release of prisoners" is the writer's addition
            }
            List<Token> after = tokens.subList(i + 1, adjunctEnd);
            if (after.size() > 8 || after.stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD") || lower(t).equals("that"))) {
                continue;
            }
            int first = s.firstToken();
            while (first < speaker.first() - 1 && (CONNECTIVES.contains(lower(tokens.get(first))) || isPunct(tokens.get(first))
                    && !isOpeningMark(tokens.get(first)))) {
                first++;
            }
            int contentEnd = speaker.first() - 1;
            List<Token> clause = tokens.subList(first, contentEnd);
            if (clause.size() < 3 || clause.stream().noneMatch(t -> t.isVerb() || t.pos().equals("MD"))
                    || SUBORDINATORS.contains(lower(tokens.get(first))) || tokens.get(first).pos().startsWith("W")) {
                continue; // "When the vote came, officials said": a subordinate clause is the writer's frame
            }
            Source source = ctx.speakers().resolve(phrase);
            return ctx.contents().one(new TokenRange(first, contentEnd), ctx.cues().range(i), source,
                    ctx.cues().certainty(ctx.lexicon().verb(v.lemma()).get(), i, false), List.of(), i);
        }
        return Optional.empty();
    }
}
