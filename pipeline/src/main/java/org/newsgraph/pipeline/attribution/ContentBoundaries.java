package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isClosingMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isOpeningMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.attribution.ContentChoices.Option;

/**
 * Learned content boundaries: where a candidate's content begins and ends. The rules give one first
 * and one last token; the other tokens of the same sentence within {@link #WINDOW} tokens of them
 * are the alternatives, as long as the content stays clear of the cue and the source. Each
 * alternative has features of its words, quotation marks, parse (whether the content it gives is one
 * whole subtree) and distance from the rules' choice (with the clause punctuation passed); a logistic regression over them ({@link AttributionModel}, trained on PolNeAR train by
 * {@code newsgraph train attribution}) scores them and the best one on each side wins. A direct
 * quote (its quotation marks bound it) and a credit line's whole-document content are left as the
 * rules made them.
 * Read-only over one document's {@link RuleContext}.
 */
final class ContentBoundaries {

    /** The resource of the shipped boundary model (trained on PolNeAR train). */
    static final String RESOURCE = "org/newsgraph/pipeline/attribution/content-boundary-model.tsv";

    /** How many tokens an alternative may lie from the rules' boundary. */
    static final int WINDOW = 40;

    /** Closed-class parts of speech, named by their word rather than their tag. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "IN", "CC", "TO", "MD", "WDT", "WRB", "WP", "PRP",
            "PRP$", "EX", "RP", "POS", "HYPH");

    private final RuleContext ctx;
    private final List<Token> tokens;

    ContentBoundaries(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    /** The alternatives for where {@code c}'s content begins, the rules' own first; empty when it is left alone. */
    List<Option> starts(Candidate c, AttributionKind kind) {
        return options(c, kind, true);
    }

    /** The alternatives for where {@code c}'s content ends, the rules' own first; empty when it is left alone. */
    List<Option> ends(Candidate c, AttributionKind kind) {
        return options(c, kind, false);
    }

    /** {@code c} with the boundaries {@code model} scores best, or {@code c} itself. */
    Candidate adjusted(Candidate c, AttributionKind kind, AttributionModel model) {
        Option start = best(starts(c, kind), model);
        Option end = best(ends(c, kind), model);
        if (start == null || end == null || start.offset() >= end.offset()) {
            return c;
        }
        return new Candidate(start.offset(), end.offset(), c.cueStart(), c.cueEnd(), c.source(), c.certainty(), c.chain(),
                c.cueToken(), false);
    }

    private static @Nullable Option best(List<Option> options, AttributionModel model) {
        // the rules' choice comes first and wins ties
        return options.stream().max(Comparator.comparingDouble(o -> model.probability(o.features()))).orElse(null);
    }

    private List<Option> options(Candidate c, AttributionKind kind, boolean start) {
        if (c.wholeDocument() || kind == AttributionKind.DIRECT || c.start() >= c.end() || tokens.isEmpty()) {
            return List.of();
        }
        int first = ctx.tokenAt(c.start());
        int last = ctx.tokenAt(c.end() - 1);
        if (first > last || tokens.get(first).start() != c.start() || tokens.get(last).end() != c.end()) {
            return List.of();
        }
        boolean cueInside = c.cueStart() >= 0 && c.start() < c.cueEnd() && c.cueStart() < c.end();
        if (cueInside && !(c.start() < c.cueStart() && c.cueEnd() < c.end())) {
            return List.of();
        }
        int[] blocked = blocked(c, cueInside);
        int rule = start ? first : last;
        Sentence s = ctx.sentenceOf(rule);
        String place = c.cueStart() < 0 ? "none" : cueInside ? "inside" : c.cueEnd() <= c.start() ? "before" : "after";
        List<Option> result = new ArrayList<>();
        for (int d = 0; d <= 2 * WINDOW; d++) {
            int delta = d == 0 ? 0 : d % 2 == 1 ? (d + 1) / 2 : -d / 2; // 0, 1, -1, 2, -2, ...
            int i = rule + delta;
            if (i < s.firstToken() || i >= s.endToken() || (start ? i > last : i < first)) {
                continue;
            }
            int from = start ? tokens.get(i).start() : c.start();
            int to = start ? c.end() : tokens.get(i).end();
            boolean clear = cueInside ? (start ? tokens.get(i).end() <= blocked[0] : tokens.get(i).start() >= blocked[1])
                    : blocked[0] < 0 || to <= blocked[0] || blocked[1] <= from;
            if (!clear) {
                continue;
            }
            List<String> f = start ? startFeatures(i, s) : endFeatures(i, s);
            f.add("subtree=" + isSubtree(start ? i : first, start ? last : i));
            f.add("punct-passed=" + passed(rule, i));
            List<String> all = new ArrayList<>(f.size() * 3 + 4);
            String side = start ? "s|" : "e|";
            String d0 = "d=" + distance(delta);
            all.add(side + d0);
            all.add(side + d0 + "|" + kind);
            all.add(side + d0 + "|" + place);
            for (String x : f) {
                all.add(side + x);
                all.add(side + x + "|" + kind);
                all.add(side + x + "|" + place);
            }
            result.add(new Option(start ? tokens.get(i).start() : tokens.get(i).end(), all));
        }
        return result;
    }

    /**
     * The characters the content must not reach: the cue, with the source when it lies next to the cue
     * and outside the rules' content; {-1, -1} for none.
     */
    private static int[] blocked(Candidate c, boolean cueInside) {
        int from = c.cueStart();
        int to = c.cueEnd();
        if (c.source() != null && c.source().span() != null) {
            int s = c.source().span().start();
            int e = c.source().span().end();
            boolean outside = e <= c.start() || c.end() <= s;
            if (from < 0 && outside) {
                return new int[] {s, e};
            }
            if (from >= 0 && !cueInside && outside && s <= to + 40 && from <= e + 40) {
                return new int[] {Math.min(from, s), Math.max(to, e)};
            }
        }
        return new int[] {from, to};
    }

    /** A signed distance, exact up to 3 tokens, then in ranges. */
    private static String distance(int delta) {
        int n = Math.abs(delta);
        String sign = delta < 0 ? "-" : "+";
        return n <= 3 ? Integer.toString(delta) : sign + (n <= 6 ? "4-6" : n <= 10 ? "7-10" : n <= 20 ? "11-20" : "21+");
    }

    /** True if tokens {@code first..last} are exactly the subtree of their head. */
    private boolean isSubtree(int first, int last) {
        TokenRange whole = ctx.range(ctx.parse().headOf(first, last + 1), -1);
        return whole.first() == first && whole.end() == last + 1;
    }

    /** How many commas, semicolons, colons and dashes lie between the rules' boundary and token {@code i} (at most 2). */
    private String passed(int rule, int i) {
        int n = 0;
        for (int k = Math.min(rule, i); k < Math.max(rule, i); k++) {
            String w = tokens.get(k).text();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—") || w.equals("–")) {
                n++;
            }
        }
        return (i < rule ? "-" : "+") + Math.min(n, 2);
    }

    private List<String> startFeatures(int i, Sentence s) {
        List<String> f = new ArrayList<>();
        String w = word(i);
        String prev = i == s.firstToken() ? "BOS" : word(i - 1);
        f.add("w=" + w);
        f.add("prev=" + prev);
        f.add("prev|w=" + prev + "|" + w);
        f.add("rel=" + ctx.parse().baseRelation(i));
        f.add("head=" + direction(i));
        f.add("sentence-first=" + (i == s.firstToken()));
        f.add("quoted=" + ctx.inQuotation(i));
        f.add("open-mark=" + isOpeningMark(tokens.get(i)));
        return f;
    }

    private List<String> endFeatures(int i, Sentence s) {
        List<String> f = new ArrayList<>();
        String w = word(i);
        String next = i + 1 >= s.endToken() ? "EOS" : word(i + 1);
        String after = i + 2 >= s.endToken() ? "EOS" : word(i + 2);
        f.add("w=" + w);
        f.add("next=" + next);
        f.add("w|next=" + w + "|" + next);
        f.add("next|after=" + next + "|" + after);
        f.add("rel=" + ctx.parse().baseRelation(i));
        f.add("head=" + direction(i));
        f.add("sentence-last=" + (i == s.endToken() - 1));
        f.add("quoted=" + ctx.inQuotation(i));
        f.add("close-mark=" + isClosingMark(tokens.get(i)));
        return f;
    }

    /** A token by its word if it is punctuation or a closed-class word, else by its tag. */
    private String word(int i) {
        Token t = tokens.get(i);
        if (isOpeningMark(t)) {
            return "OPEN";
        }
        if (isClosingMark(t)) {
            return "CLOSE";
        }
        return isPunct(t) || FUNCTION_TAGS.contains(t.pos()) ? lower(t) : t.pos();
    }

    /** Where the token's head lies: "before", "after", or "root". */
    private String direction(int i) {
        int h = ctx.parse().head(i);
        return h < 0 ? "root" : h < i ? "before" : "after";
    }
}
