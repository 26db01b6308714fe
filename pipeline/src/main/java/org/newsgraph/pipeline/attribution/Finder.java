package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * The attribution rules applied to one document, in a fixed order: quotations first, then the
 * clause rules token by token and sentence by sentence; the outermost candidates are kept (the
 * quotation ones before the clause ones) and the parts of a content split around its cue joined
 * ({@link SplitContents}), then quotations that continue a kept quote and the article's credit are
 * added. Not thread-safe: one per document.
 */
final class Finder {

    private final RuleContext ctx;
    private final QuotationMarkRule quotations;
    private final CreditRule credits;
    private final AccordingToRule according;
    private final List<AttributionRule> tokenRules;
    private final List<AttributionRule> sentenceRules;

    Finder(Doc doc, DependencyIndex parse, List<QuoteScanner.Quote> quotes, CueLexicon lexicon, SourceResolver sources) {
        this.ctx = new RuleContext(doc, parse, quotes, lexicon, sources);
        this.quotations = new QuotationMarkRule(ctx);
        this.credits = new CreditRule(ctx);
        this.according = new AccordingToRule(ctx);
        this.tokenRules = List.of(new VerbCueRule(ctx), new NounAdjectiveCueRule(ctx), according, new HedgeRule(ctx));
        this.sentenceRules = List.of(new ParserRepairRule(ctx), according);
    }

    RuleContext context() {
        return ctx;
    }

    List<QuoteScanner.Quote> quotes() {
        return ctx.quotes();
    }

    List<Candidate> find() {
        List<Candidate> fragments = new ArrayList<>();
        List<Candidate> fromQuotes = quotations.quotations(fragments);
        fromQuotes.addAll(credits.dashCredits());
        fromQuotes.addAll(quotations.saidFirst());
        List<Candidate> all = new ArrayList<>();
        for (Token t : ctx.tokens()) {
            if (ctx.quoted(t.index())) {
                continue;
            }
            for (AttributionRule r : tokenRules) {
                all.addAll(r.atToken(t));
            }
        }
        for (Sentence s : ctx.doc().sentences()) {
            all.addAll(sentenceRules.get(0).inSentence(s, all));
            according.byWords(s).ifPresent(fromQuotes::add);
            all.addAll(sentenceRules.get(1).inSentence(s, all));
        }
        fromQuotes.addAll(credits.headlineColons());
        List<Candidate> outermost = Contents.outermost(all, Contents.outermost(fromQuotes, new ArrayList<>()));
        List<Candidate> kept = new SplitContents(ctx).joined(outermost);
        for (Candidate f : fragments) {
            // the clause rules found nothing around a quote with a cue after it: keep the quote itself
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end() || k.cueStart() == f.cueStart())) {
                kept.add(f);
            }
        }
        kept.addAll(quotations.continuedQuotes(kept));
        credits.credits().ifPresent(kept::add);
        return kept;
    }
}
