package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * The features {@link AttributionModel} reads off a candidate: the cue's lemma, part of speech,
 * lexicon class and dependency relation, the source's kind, head word class and length, the content's
 * length, kind (direct, mixed, indirect) and place relative to the cue and its sentence, the
 * certainty, and a few conjunctions of them. Vocabulary features are lemmas of the cue and of a
 * pronoun source only. Stateless over one document's {@link RuleContext}.
 */
final class CandidateFeatures {

    private final RuleContext ctx;
    private final List<Token> tokens;

    CandidateFeatures(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    List<String> of(Candidate c, AttributionKind kind) {
        List<String> f = new ArrayList<>();
        f.add("kind=" + kind);
        f.add("certainty=" + c.certainty());
        if (c.wholeDocument()) {
            f.add("whole-document");
            return f;
        }
        String cue = cueFeatures(c, f);
        String source = sourceFeatures(c.source(), f);
        int first = ctx.firstTokenFrom(c.start());
        int end = Math.max(first + 1, ctx.firstTokenFrom(c.end()));
        f.add("content-tokens=" + bucket(end - first));
        if (first < tokens.size()) {
            f.add("content-sentences=" + Math.min(3, tokens.get(Math.min(end, tokens.size()) - 1).sentence()
                    - tokens.get(first).sentence() + 1));
            f.add("content-at-sentence-start=" + (ctx.sentenceOf(first).firstToken() == first));
            f.add("content-first-pos=" + tokens.get(first).pos());
        }
        String place = c.cueStart() < 0 ? "none" : c.cueEnd() <= c.start() ? "before" : c.cueStart() >= c.end()
                ? "after" : "inside";
        f.add("cue-place=" + place);
        f.add("cue|kind=" + cue + "|" + kind);
        f.add("cue|place=" + cue + "|" + place);
        f.add("source|kind=" + source + "|" + kind);
        f.add("source|place=" + source + "|" + place);
        f.add("chain=" + !c.chain().isEmpty());
        return f;
    }

    /** Adds the cue's features; returns its lemma, or "none". */
    private String cueFeatures(Candidate c, List<String> f) {
        if (c.cueToken() < 0 || c.cueToken() >= tokens.size()) {
            f.add("cue=none");
            return "none";
        }
        Token t = tokens.get(c.cueToken());
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        f.add("cue=" + lemma);
        f.add("cue-pos=" + t.pos());
        f.add("cue-class=" + ctx.lexicon().verb(lemma).map(Enum::name)
                .or(() -> ctx.lexicon().noun(lemma).map(x -> "noun-" + x.name())).orElse("none"));
        String relation = ctx.parse().relation(c.cueToken());
        f.add("cue-rel=" + relation);
        f.add("cue-subject=" + ctx.parse().child(c.cueToken(), "nsubj").isPresent());
        f.add("cue-quoted=" + ctx.quoted(c.cueToken()));
        int sentenceFirst = ctx.sentenceOf(c.cueToken()).firstToken();
        f.add("cue-sentence-position=" + bucket(c.cueToken() - sentenceFirst));
        f.add("cue|rel=" + lemma + "|" + relation);
        return lemma;
    }

    /** Adds the source's features; returns its class (none, pronoun, name, noun, other). */
    private String sourceFeatures(Source s, List<String> f) {
        if (s == null || s.span() == null) {
            f.add("source=none");
            return "none";
        }
        f.add("source-kind=" + s.kind());
        f.add("source-entity=" + (s.entity() != null));
        int first = ctx.firstTokenFrom(s.span().start());
        int end = Math.max(first + 1, ctx.firstTokenFrom(s.span().end()));
        f.add("source-tokens=" + bucket(end - first));
        if (first >= tokens.size()) {
            return "other";
        }
        Token head = tokens.get(ctx.parse().headOf(first, Math.min(end, tokens.size())));
        String type = head.pos().startsWith("PRP") ? "pronoun" : head.isProperNoun() ? "name"
                : head.isNoun() ? "noun" : "other";
        f.add("source=" + type);
        f.add("source-head-pos=" + head.pos());
        f.add("source-ner=" + head.ner());
        if (type.equals("pronoun")) {
            f.add("source-pronoun=" + head.lemma().toLowerCase(Locale.ROOT));
        }
        return type;
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : n <= 40 ? "21-40" : "41+";
    }
}
