package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isOpeningMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Prepositional attributions: "according to X", "as per X", "citing X", "quoting X" by the parse;
 * "According to X, CONTENT." and "CONTENT, according to X." by the words ({@link #byWords}); and a
 * document that frames the sentence, "In the CBS poll, ...".
 */
final class AccordingToRule implements AttributionRule {

    private static final Set<String> EVIDENCE_NOUNS = WordSets.set("EVIDENCE_NOUNS");

    private final RuleContext ctx;
    private final DependencyIndex parse;
    private final List<Token> tokens;

    AccordingToRule(RuleContext ctx) {
        this.ctx = ctx;
        this.parse = ctx.parse();
        this.tokens = ctx.tokens();
    }

    @Override
    public List<Candidate> atToken(Token t) {
        String w = lower(t);
        int x;
        int cueFirst = t.index();
        boolean citing = w.equals("citing") || w.equals("quoting");
        if (w.equals("according") && parse.child(t.index(), "fixed").isPresent()
                || w.equals("per") && t.index() > 0 && lower(tokens.get(t.index() - 1)).equals("as")) {
            x = parse.head(t.index());
            if (w.equals("per")) {
                cueFirst = t.index() - 1;
            }
        } else if (citing && parse.child(t.index(), "obj").isPresent() && !isCue(parse.head(t.index()))) {
            x = parse.child(t.index(), "obj").get();
        } else {
            return List.of();
        }
        if (x < 0) {
            return List.of();
        }
        int clause = parse.head(x) >= 0 && !citing ? parse.head(x) : parse.head(t.index());
        if (clause < 0 || clause == x) {
            return List.of();
        }
        TokenRange content = ctx.range(clause, citing ? t.index() : x);
        int cueEnd = w.equals("according") ? parse.child(t.index(), "fixed").get() + 1 : t.index() + 1;
        return ctx.contents().one(content, new TokenRange(cueFirst, cueEnd), ctx.speakers().sourceAt(x),
                Certainty.REPORTED, List.of(), t.index()).stream().toList();
    }

    private boolean isCue(int token) {
        return token >= 0 && ctx.lexicon().verb(tokens.get(token).lemma()).isPresent();
    }

    /**
     * "According to X, CONTENT." / "CONTENT, according to X." / "According to X: “…”", read off the
     * words (the parse often hangs "according to X" on a noun).
     */
    Optional<Candidate> byWords(Sentence s) {
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            if (!lower(tokens.get(i)).equals("according") || !lower(tokens.get(i + 1)).equals("to") || ctx.quoted(i)) {
                continue;
            }
            int sourceFirst = i + 2;
            int sourceEnd = sourceFirst;
            while (sourceEnd < s.endToken() && !isPunct(tokens.get(sourceEnd)) || sourceEnd < s.endToken()
                    && tokens.get(sourceEnd).pos().equals("HYPH")) {
                sourceEnd++;
            }
            if (sourceEnd == sourceFirst) {
                return Optional.empty();
            }
            TokenRange content;
            if (i == s.firstToken() || i > s.firstToken() && isPunct(tokens.get(i - 1)) && i - 1 == s.firstToken()) {
                int first = sourceEnd;
                while (first < s.endToken() && isPunct(tokens.get(first)) && !isOpeningMark(tokens.get(first))) {
                    first++;
                }
                content = new TokenRange(first, s.endToken());
            } else if (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).text().equals("—")) {
                int last = sourceEnd < s.endToken() && tokens.get(sourceEnd).text().equals(",") ? s.endToken() : i - 1;
                content = new TokenRange(s.firstToken(), last == s.endToken() ? i - 1 : last);
            } else {
                return Optional.empty();
            }
            if (content.isEmpty()) {
                return Optional.empty();
            }
            Source source = ctx.speakers().resolve(new TokenRange(sourceFirst, sourceEnd));
            return ctx.contents().one(content, new TokenRange(i, i + 2), source, Certainty.REPORTED, List.of(), i)
                    .map(ctx.contents()::throughQuote);
        }
        return Optional.empty();
    }

    /** "In the CBS poll, Trump's lead ...": a poll, survey or report as the source of the sentence. */
    @Override
    public List<Candidate> inSentence(Sentence s, List<Candidate> found) {
        int i = s.firstToken();
        if (i + 3 >= s.endToken() || !lower(tokens.get(i)).equals("in") && !lower(tokens.get(i)).equals("per")) {
            return List.of();
        }
        int comma = -1;
        for (int j = i + 1; j < Math.min(s.endToken(), i + 12); j++) {
            if (tokens.get(j).text().equals(",")) {
                comma = j;
                break;
            }
        }
        if (comma < 0 || !EVIDENCE_NOUNS.contains(lower(tokens.get(parse.headOf(i + 1, comma))))) {
            return List.of();
        }
        Source source = ctx.speakers().resolve(new TokenRange(i + 1, comma));
        return ctx.contents().one(new TokenRange(comma + 1, s.endToken()), new TokenRange(i, i + 1), source,
                Certainty.REPORTED, List.of(), i).stream().toList();
    }
}
