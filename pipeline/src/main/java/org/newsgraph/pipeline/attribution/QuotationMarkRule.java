package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * Quotation marks: a quotation with a cue beside it ("“…,” he said", "X said: “…”"), the inverted
 * "Said X: “…”", and a quotation without a cue that continues the quote just before it.
 */
final class QuotationMarkRule {

    private final RuleContext ctx;
    private final List<Token> tokens;

    QuotationMarkRule(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    /** Quotations with a cue beside them; the speaker comes from the words, the parse only confirms it. */
    List<Candidate> quotations(List<Candidate> fragments) {
        QuoteCues cues = new QuoteCues(ctx.doc(), ctx.lexicon());
        List<Candidate> result = new ArrayList<>();
        for (QuoteScanner.Quote q : ctx.quotes()) {
            int first = ctx.firstTokenFrom(q.start());
            int end = ctx.firstTokenFrom(q.end());
            if (first < 0 || end <= first) {
                continue;
            }
            Optional<QuoteCues.Found> found = cues.find(first, end);
            if (found.isEmpty()) {
                continue;
            }
            QuoteCues.Found f = found.get();
            // 'Clinton “drew well” in 2008, said X': a fragment in a paraphrase; the clause rules take it,
            // and the quote stands alone only if they find nothing around it
            List<Candidate> target = f.verb() > first && ctx.wordsBeforeInSentence(first) ? fragments : result;
            Token verb = tokens.get(f.verb());
            boolean phrase = f.sourceFirst() >= 0 && (tokens.get(f.sourceHead()).isNoun()
                    || tokens.get(f.sourceHead()).pos().startsWith("PRP"));
            Source source;
            if (!phrase || f.verb() < first && !RuleContext.isFinite(verb)) {
                // "…, saying “…”", "went on to say: “…”", "and added: “…”": the clause's subject
                source = ctx.speakers().subject(f.verb());
            } else {
                Optional<Integer> subject = ctx.parse().child(f.verb(), "nsubj")
                        .filter(s -> s >= f.sourceFirst() && s < f.sourceEnd());
                source = subject.isPresent() ? ctx.speakers().sourceAt(subject.get())
                        : ctx.speakers().resolve(new TokenRange(f.sourceFirst(), f.sourceEnd()), f.sourceHead());
            }
            if (source == null && f.sourceFirst() >= 0) {
                source = ctx.speakers().resolve(new TokenRange(f.sourceFirst(), f.sourceEnd()), f.sourceHead());
            }
            TokenRange cue = ctx.cues().range(f.verb());
            target.add(new Candidate(q.start(), q.end(), tokens.get(cue.first()).start(), tokens.get(cue.end() - 1).end(),
                    source, ctx.cues().certainty(ctx.lexicon().verb(tokens.get(f.verb()).lemma()).orElse(CueClass.SAY), f.verb(), false),
                    List.of(), f.verb(), false));
        }
        return result;
    }

    /** A sentence opening with "Said" and its speaker, then a quotation: the inverted order of "X said". */
    List<Candidate> saidFirst() {
        List<Candidate> result = new ArrayList<>();
        for (Sentence s : ctx.doc().sentences()) {
            int first = s.firstToken();
            if (!tokens.get(first).text().equals("Said")) {
                continue;
            }
            int nameEnd = first + 1;
            while (nameEnd < s.endToken() && !isPunct(tokens.get(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == first + 1) {
                continue;
            }
            int afterName = tokens.get(nameEnd - 1).end();
            int sentenceEnd = tokens.get(s.endToken() - 1).end();
            Optional<QuoteScanner.Quote> quote = ctx.quotes().stream()
                    .filter(q -> q.start() > afterName && q.start() < sentenceEnd).findFirst();
            if (quote.isPresent()) {
                Source source = ctx.speakers().resolve(new TokenRange(first + 1, nameEnd));
                result.add(new Candidate(quote.get().start(), quote.get().end(), tokens.get(first).start(),
                        tokens.get(first).end(), source, Certainty.REPORTED, List.of(), first, false));
            }
        }
        return result;
    }

    /** A quotation with no cue of its own continues the quote or statement just before it. */
    List<Candidate> continuedQuotes(List<Candidate> kept) {
        List<Candidate> added = new ArrayList<>();
        for (QuoteScanner.Quote q : ctx.quotes()) {
            boolean covered = kept.stream().anyMatch(c -> c.start() < q.end() && q.start() < c.end());
            String inner = ctx.doc().text().substring(q.start(), q.end());
            if (covered || inner.split("\\s+").length < 4) {
                continue;
            }
            Optional<Candidate> before = kept.stream().filter(c -> c.end() <= q.start() && c.source() != null)
                    .max(Comparator.comparingInt(Candidate::end));
            if (before.isEmpty() || !sameOrNextParagraph(before.get().end(), q.start())) {
                continue;
            }
            added.add(new Candidate(q.start(), q.end(), -1, -1, before.get().source(), Certainty.REPORTED, List.of(), -1,
                    false));
        }
        return added;
    }

    private boolean sameOrNextParagraph(int from, int to) {
        String between = ctx.doc().text().substring(from, to);
        long breaks = between.chars().filter(ch -> ch == '\n').count();
        return breaks <= 2 && between.replace("\n", "").strip().length() < 40;
    }
}
