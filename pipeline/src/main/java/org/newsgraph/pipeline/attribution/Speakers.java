package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isFinite;
import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Speaker finding: the source of a cue from the parse (its subject, a passive agent, the subject of
 * the clause above a participle) or, where the parse fails, from the words (the noun phrase right
 * before the verb). Sources resolve through {@link SourceResolver}. Read-only.
 */
final class Speakers {

    /**
     * A noun phrase found by its words.
     *
     * @param range its tokens
     * @param head  its head token
     */
    record Phrase(TokenRange range, int head) {
    }

    private final RuleContext ctx;
    private final DependencyIndex parse;
    private final List<Token> tokens;

    Speakers(RuleContext ctx) {
        this.ctx = ctx;
        this.parse = ctx.parse();
        this.tokens = ctx.tokens();
    }

    /** The source over a token range with the given head, resolved to an entity where one is there. */
    @Nullable Source resolve(TokenRange range, int head) {
        return ctx.sources().resolve(ctx.doc(), range.first(), range.end(), head);
    }

    /** The source over a token range, its head from the parse. */
    @Nullable Source resolve(TokenRange range) {
        return resolve(range, parse.headOf(range.first(), range.end()));
    }

    @Nullable Source resolve(Phrase phrase) {
        return resolve(phrase.range(), phrase.head());
    }

    /** The speaker of a cue verb: its subject by the parse, else by the words before it. */
    @Nullable Source subject(int verb) {
        Source found = subjectByParse(verb);
        if (found != null) {
            return found;
        }
        String rel = parse.relation(verb);
        if (rel.equals("acl") && parse.head(verb) >= 0 && tokens.get(parse.head(verb)).isNoun()) {
            return sourceAt(parse.head(verb)); // "super PACs supporting Kasich"
        }
        Token v = tokens.get(verb);
        if (v.pos().equals("VBG") || v.pos().equals("VB") && parse.child(verb, "mark").isPresent()) {
            // "Cruz, challenging the leader, ...", "Clinton promised to deliver": the nearest clause subject above
            int node = parse.head(verb);
            for (int steps = 0; node >= 0 && steps < 4; steps++) {
                Optional<Integer> subj = parse.child(node, "nsubj");
                if (subj.isPresent() && subj.get() != verb) {
                    return sourceAt(subj.get());
                }
                node = parse.head(node);
            }
        }
        if (isFinite(tokens.get(verb))) {
            Phrase before = before(verb);
            if (before != null) {
                return resolve(before);
            }
        }
        return null;
    }

    private @Nullable Source subjectByParse(int verb) {
        int node = verb;
        for (int steps = 0; node >= 0 && steps < 3; steps++) {
            Optional<Integer> subj = parse.child(node, "nsubj");
            if (subj.isPresent()) {
                return sourceAt(subj.get());
            }
            String rel = parse.relation(node);
            if (steps == 0 && isFinite(tokens.get(verb))) {
                // "“...,” said Caddell": the subject after the verb, mis-attached by the parser
                for (int c : parse.children(node)) {
                    String r = parse.relation(c);
                    if (c > node && (r.equals("xcomp") || r.equals("obj") || r.equals("dep") || r.equals("nsubj"))
                            && tokens.get(c).isNoun() && c == nextContentToken(node)) {
                        return sourceAt(c);
                    }
                }
            }
            boolean participle = tokens.get(node).pos().equals("VBG") || tokens.get(node).pos().equals("VBN");
            if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl")
                    || participle && (rel.equals("dep") || rel.equals("parataxis")))) {
                break;
            }
            node = parse.head(node);
        }
        // ", saying ...": the participle's speaker is the subject of the sentence's main clause
        Token v = tokens.get(verb);
        if (v.pos().equals("VBG") && verb > 0 && tokens.get(verb - 1).text().equals(",")) {
            Sentence sentence = ctx.sentenceOf(verb);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (parse.head(t) == -1) {
                    Optional<Integer> subj = parse.child(t, "nsubj");
                    if (subj.isPresent() && subj.get() < verb) {
                        return sourceAt(subj.get());
                    }
                }
            }
        }
        return null;
    }

    /** The head of the phrase right after the verb. */
    private int nextContentToken(int node) {
        int i = node + 1;
        while (i < tokens.size() && (tokens.get(i).pos().equals("DT") || tokens.get(i).isProperNoun() && i > node + 1
                || tokens.get(i).pos().startsWith("JJ"))) {
            i++;
        }
        int first = node + 1;
        return first < tokens.size()
                ? parse.headOf(first, Math.max(first + 1, Math.min(i + 1, ctx.sentenceEnd(node)))) : -1;
    }

    /** The "by" agent of a passive cue verb. */
    @Nullable Source agent(int verb) {
        for (int c : parse.children(verb)) {
            if (parse.relation(c).equals("obl:agent")) {
                return sourceAt(c);
            }
        }
        return null;
    }

    /** The source whose head is {@code token}: its subtree without relative clauses, "who" to its antecedent. */
    @Nullable Source sourceAt(int token) {
        if (tokens.get(token).pos().startsWith("W") && parse.head(token) >= 0
                && parse.relation(parse.head(token)).equals("acl:relcl")) {
            // "the senator, who denied ...": the source is "who", and it refers to the senator
            int antecedent = parse.head(parse.head(token));
            Source referent = sourceAt(antecedent);
            return new Source(ctx.doc().span(token, token + 1), referent.entity(), referent.kind());
        }
        TokenRange r = outsideQuotations(ctx.range(token, -1, Set.of("acl:relcl", "punct", "acl", "case")), token);
        int open = 0;
        for (int i = r.first(); i < r.end(); i++) {
            open += tokens.get(i).text().equals("(") ? 1 : tokens.get(i).text().equals(")") ? -1 : 0;
        }
        if (open > 0 && r.end() < tokens.size() && tokens.get(r.end()).text().equals(")")) {
            r = r.withEnd(r.end() + 1); // "Sen. Claire McCaskill (D-Mo.)"
        }
        return resolve(r, token);
    }

    /**
     * A speaker's subtree clipped to the words around its head outside quotations: a parser that hangs
     * the quotation on the speaker ("“We won,” Ana said" with "won" under "Ana") does not make the
     * quotation part of the speaker.
     */
    private TokenRange outsideQuotations(TokenRange r, int head) {
        if (ctx.inQuotation(head)) {
            return r;
        }
        int first = head;
        while (first > r.first() && !ctx.inQuotation(first - 1)) {
            first--;
        }
        int end = head + 1;
        while (end < r.end() && !ctx.inQuotation(end)) {
            end++;
        }
        return new TokenRange(first, end);
    }

    /** Sources the verb's speaker cites or quotes ("said X, citing Y"). */
    List<Source> chain(int verb) {
        List<Source> chain = new ArrayList<>();
        for (int c : parse.children(verb)) {
            Token t = tokens.get(c);
            if ((t.lemma().equalsIgnoreCase("cite") || t.lemma().equalsIgnoreCase("quote"))
                    && parse.child(c, "obj").isPresent()) {
                chain.add(sourceAt(parse.child(c, "obj").get()));
            }
        }
        return chain;
    }

    /** The noun phrase just before a cue verb, skipping a relative clause ("Podesta, who said ..., said"). */
    @Nullable Phrase before(int verb) {
        int sentenceStart = ctx.sentenceOf(verb).firstToken();
        int end = verb;
        while (end > sentenceStart && (tokens.get(end - 1).pos().equals("MD") || tokens.get(end - 1).pos().equals("RB")
                || tokens.get(end - 1).lemma().equals("have") || tokens.get(end - 1).lemma().equals("do"))) {
            end--;
        }
        if (end > sentenceStart && tokens.get(end - 1).text().equals(",")) {
            for (int i = end - 2; i > sentenceStart; i--) {
                String w = lower(tokens.get(i));
                if ((w.equals("who") || w.equals("which")) && tokens.get(i - 1).text().equals(",")) {
                    end = i - 1;
                    break;
                }
            }
        }
        int first = end;
        while (first > sentenceStart && end - first < 10 && !isPunct(tokens.get(first - 1))
                && !tokens.get(first - 1).isVerb() && !tokens.get(first - 1).pos().equals("IN")
                && !tokens.get(first - 1).pos().equals("WDT") && !tokens.get(first - 1).pos().equals("WP")) {
            first--;
        }
        for (int h = end - 1; h >= first; h--) {
            Token t = tokens.get(h);
            if ((t.isNoun() || t.pos().startsWith("PRP")) && !lower(t).equals("that") && !lower(t).equals("this")) {
                return new Phrase(new TokenRange(first, end), h);
            }
        }
        return null;
    }
}
