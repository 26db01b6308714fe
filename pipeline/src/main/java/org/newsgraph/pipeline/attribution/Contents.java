package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isClosingMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isOpeningMark;
import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * Content spans and nesting: a candidate from token ranges, its edges trimmed and its quotation
 * marks taken in, split around a cue inside it; and the choice of outermost candidates where they
 * nest. Read-only.
 */
final class Contents {

    private static final Set<String> EMPTY_CONTENTS = WordSets.set("EMPTY_CONTENTS");

    private final RuleContext ctx;
    private final List<Token> tokens;

    Contents(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    /**
     * Candidates from token ranges, trimming the content's edges and taking in its quotation marks.
     * Content that holds its own cue (and source) is split around them ("“We will,” he said, “never
     * give up.”"), unless {@code whole}: then the cue may stand inside ("Russia is alleged to seek",
     * "The minister reportedly resigned").
     */
    List<Candidate> of(TokenRange content, TokenRange cue, @Nullable Source source, Certainty certainty,
            List<Source> chain, int cueToken, boolean whole) {
        List<Candidate> result = new ArrayList<>();
        int cueStart = tokens.get(cue.first()).start();
        int cueEnd = tokens.get(cue.end() - 1).end();
        if (!whole && cue.first() > content.first() && cue.end() < content.end()) {
            int gapStart = cue.first();
            int gapEnd = cue.end();
            if (source != null && source.span() != null) {
                gapStart = Math.min(gapStart, ctx.tokenAt(source.span().start()));
                gapEnd = Math.max(gapEnd, ctx.tokenAt(source.span().end() - 1) + 1);
            }
            trimmed(content.first(), gapStart, cueStart, cueEnd, source, certainty, chain, cueToken, false)
                    .ifPresent(result::add);
            trimmed(gapEnd, content.end(), cueStart, cueEnd, source, certainty, chain, cueToken, false)
                    .ifPresent(result::add);
            return result;
        }
        trimmed(content.first(), content.end(), cueStart, cueEnd, source, certainty, chain, cueToken, whole)
                .ifPresent(result::add);
        return result;
    }

    /** The first of {@link #of} without a whole-span cue. */
    Optional<Candidate> one(TokenRange content, TokenRange cue, @Nullable Source source, Certainty certainty,
            List<Source> chain, int cueToken) {
        return of(content, cue, source, certainty, chain, cueToken, false).stream().findFirst();
    }

    private Optional<Candidate> trimmed(int first, int end, int cueStart, int cueEnd, @Nullable Source source,
            Certainty certainty, List<Source> chain, int cueToken, boolean cueInside) {
        var parse = ctx.parse();
        while (first < end && (isPunct(tokens.get(first)) && !isOpeningMark(tokens.get(first))
                || lower(tokens.get(first)).equals("that") && parse.relation(first).equals("mark"))) {
            first++;
        }
        while (end > first && isPunct(tokens.get(end - 1)) && !isClosingMark(tokens.get(end - 1))) {
            end--;
        }
        if (end <= first || end - first == 1 && EMPTY_CONTENTS.contains(lower(tokens.get(first)))) {
            return Optional.empty();
        }
        if (source != null && source.span() != null && (source.span().text().equals("That")
                || source.span().text().equals("This"))) {
            return Optional.empty(); // "That said, ..." is the writer's transition, not a speaker
        }
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        for (QuoteScanner.Quote q : ctx.quotes()) {
            if (q.start() < stop && start < q.end()) {
                if (q.start() < start && start - q.start() <= 2) {
                    start = q.start();
                }
                if (q.end() > stop && q.end() - stop <= 3) {
                    stop = q.end();
                }
            }
        }
        if (!cueInside && cueStart < stop && start < cueEnd) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, stop, cueStart, cueEnd, source, certainty, chain, cueToken, false));
    }

    /** A content that opens a quotation runs to the quotation's end ("According to X: “… . …”"). */
    Candidate throughQuote(Candidate c) {
        for (QuoteScanner.Quote q : ctx.quotes()) {
            if (q.start() == c.start() && q.end() > c.end()) {
                return new Candidate(c.start(), q.end(), c.cueStart(), c.cueEnd(), c.source(), c.certainty(), c.chain(),
                        c.cueToken(), false);
            }
        }
        return c;
    }

    /**
     * Adds to {@code kept} the candidates whose cue lies neither inside a kept one's content or source
     * nor on a kept one's cue over the same words: the outer attribution carries the inner ones.
     */
    static List<Candidate> outermost(List<Candidate> all, List<Candidate> kept) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed());
        for (Candidate c : sorted) {
            boolean nested = kept.stream().anyMatch(k -> k.contentContains(c.cueStart())
                    || k.start() == c.start() && k.end() == c.end());
            boolean sameCue = kept.stream().anyMatch(k -> k.cueStart() == c.cueStart() && c.cueStart() >= 0
                    && k.start() < c.end() && c.start() < k.end());
            if (!nested && !sameCue) {
                kept.add(c);
            }
        }
        return kept;
    }
}
