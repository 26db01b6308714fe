package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Finds attributions: direct, indirect and mixed quotes with reporting verbs ("X said that...",
 * "“...,” said X"), reporting nouns ("X's statement that..."), "according to X", "as per X",
 * "citing X", sourceless hedges ("is alleged to", "reportedly"), quotations that continue a speaker's
 * earlier quote, and document-level credits ("With inputs from agencies"). Each gets a source
 * resolved through the entity layer, a cue and a certainty. An attribution inside the content of
 * another is not reported separately (as in PolNeAR's univocal annotation).
 *
 * <p>The rules over-generate a little; an {@link AttributionModel} (the shipped one unless another is
 * given) keeps the candidates it judges to be attributions.
 *
 * <p>Thread-safe: per-document state lives in {@link Finder}.
 */
public final class AttributionExtractor implements Stage {

    private final CueLexicon lexicon;
    private final SourceResolver sources;
    private final @Nullable AttributionModel model;
    private final @Nullable AttributionModel boundaries;

    /** The rules with the shipped {@link AttributionModel} deciding on their candidates and the shipped boundary model. */
    public AttributionExtractor(Lexicons lexicons) {
        this(lexicons, AttributionModel.shipped().orElse(null), shippedBoundaries().orElse(null), CueLexicon.get());
    }

    /** The rules with {@code model} deciding on their candidates, or the rules alone for {@code null}; the rules' content boundaries. */
    public AttributionExtractor(Lexicons lexicons, @Nullable AttributionModel model) {
        this(lexicons, model, null, CueLexicon.get());
    }

    /**
     * The rules with {@code boundaries} choosing where contents begin and end (the rules' boundaries for
     * {@code null}) and {@code model} deciding on the candidates (all kept for {@code null}).
     */
    public AttributionExtractor(Lexicons lexicons, @Nullable AttributionModel model, @Nullable AttributionModel boundaries) {
        this(lexicons, model, boundaries, CueLexicon.get());
    }

    /** As {@link #AttributionExtractor(Lexicons, AttributionModel, AttributionModel)}, with {@code learned} cue verbs instead of the shipped ones. */
    public AttributionExtractor(Lexicons lexicons, @Nullable AttributionModel model, @Nullable AttributionModel boundaries,
            LearnedCueVerbs learned) {
        this(lexicons, model, boundaries, CueLexicon.handMade().with(learned));
    }

    private AttributionExtractor(Lexicons lexicons, @Nullable AttributionModel model, @Nullable AttributionModel boundaries,
            CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.sources = new SourceResolver(lexicon, lexicons);
        this.model = model;
        this.boundaries = boundaries;
    }

    /** The shipped boundary model ({@link ContentBoundaries}), if the resource is there. */
    public static Optional<AttributionModel> shippedBoundaries() {
        return AttributionModel.shipped(ContentBoundaries.RESOURCE);
    }

    @Override
    public String name() {
        return "attribution-extractor";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.ENTITIES, Facet.ROLES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.ATTRIBUTIONS);
    }

    @Override
    public Doc apply(Doc doc) {
        List<Attribution> kept = new ArrayList<>();
        for (AttributionProposal p : proposals(doc)) {
            if (model == null || model.accepts(p.features())) {
                Attribution a = p.attribution();
                kept.add(new Attribution("a" + (kept.size() + 1), a.kind(), a.content(), a.cue(), a.source(),
                        a.certainty(), a.chain()));
            }
        }
        return doc.withAttributions(kept);
    }

    /**
     * Every candidate the rules propose for {@code doc}, its content boundaries chosen by the boundary
     * model if there is one, in content order, with its features; the acceptance model not applied.
     */
    public List<AttributionProposal> proposals(Doc doc) {
        Found found = find(doc);
        List<Candidate> sorted = new ArrayList<>();
        for (Candidate c : found.candidates()) {
            sorted.add(boundaries == null ? c : found.bounds().adjusted(c, kind(c, found.ctx()), boundaries));
        }
        sorted.sort(Comparator.comparingInt(Candidate::start));
        CandidateFeatures features = new CandidateFeatures(found.ctx());
        List<AttributionProposal> result = new ArrayList<>();
        for (Candidate c : sorted) {
            AttributionKind kind = kind(c, found.ctx());
            result.add(new AttributionProposal(attribution(doc, c, kind, result.size() + 1), features.of(c, kind)));
        }
        return result;
    }

    /** Every candidate as the rules made it, with the places its content could begin and end instead. */
    public List<ContentChoices> contentChoices(Doc doc) {
        Found found = find(doc);
        List<ContentChoices> result = new ArrayList<>();
        for (Candidate c : found.candidates()) {
            AttributionKind kind = kind(c, found.ctx());
            result.add(new ContentChoices(attribution(doc, c, kind, result.size() + 1), found.bounds().starts(c, kind),
                    found.bounds().ends(c, kind)));
        }
        return result;
    }

    /** The rules' candidates of one document, with the document's context and its boundary alternatives. */
    private record Found(RuleContext ctx, ContentBoundaries bounds, List<Candidate> candidates) {
    }

    private Found find(Doc doc) {
        Finder finder = new Finder(doc, DependencyIndex.of(doc), QuoteScanner.scan(doc.text()), lexicon, sources);
        return new Found(finder.context(), new ContentBoundaries(finder.context()), finder.find());
    }

    private static Attribution attribution(Doc doc, Candidate c, AttributionKind kind, int number) {
        Span content = Span.of(doc.text(), c.start(), c.end());
        Span cue = c.cueStart() < 0 ? null : Span.of(doc.text(), c.cueStart(), c.cueEnd());
        return new Attribution("a" + number, kind, content, cue, c.source(), c.certainty(), c.chain());
    }

    /**
     * Direct if the content lies inside quotation marks, or opens and closes with quotations split
     * around its cue ("“We will,” he said, “never give up.”"); mixed if it holds a quoted fragment.
     */
    private static AttributionKind kind(Candidate c, RuleContext ctx) {
        if (c.wholeDocument()) {
            return AttributionKind.INDIRECT;
        }
        boolean holdsQuote = false;
        boolean opensQuote = false;
        boolean closesQuote = false;
        for (QuoteScanner.Quote q : ctx.quotes()) {
            if (q.start() <= c.start() && c.end() <= q.end()) {
                return AttributionKind.DIRECT;
            }
            holdsQuote |= q.start() < c.end() && c.start() < q.end();
            opensQuote |= q.start() == c.start();
            closesQuote |= q.end() == c.end();
        }
        boolean cueInside = c.start() < c.cueStart() && c.cueEnd() < c.end();
        return opensQuote && closesQuote && cueInside ? AttributionKind.DIRECT
                : holdsQuote ? AttributionKind.MIXED : AttributionKind.INDIRECT;
    }

    /**
     * One attribution found, in character offsets.
     *
     * @param start     content start
     * @param end       content end
     * @param cueStart  cue start, or -1 when there is no cue
     * @param cueEnd    cue end
     * @param source    the source, if any
     * @param certainty how sure the article is
     * @param chain     sources the source relays
     * @param cueToken  token index of the cue's head, or -1
     * @param wholeDocument true for a credit line whose content is the whole article
     */
    record Candidate(int start, int end, int cueStart, int cueEnd, Source source, Certainty certainty,
            List<Source> chain, int cueToken, boolean wholeDocument) {

        Candidate {
            chain = List.copyOf(chain);
        }

        int length() {
            return end - start;
        }

        boolean contentContains(int offset) {
            return start <= offset && offset < end;
        }
    }

    /** Sentence and token helpers shared by the rules. */
    static boolean isPunct(Token t) {
        return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("``")
                || t.pos().equals("''") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-") || t.pos().equals("HYPH");
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    static Optional<Sentence> sentenceAt(Doc doc, int token) {
        return token < 0 || token >= doc.tokens().size() ? Optional.empty()
                : Optional.of(doc.sentences().get(doc.tokens().get(token).sentence()));
    }

    static SourceKind kindOrUnknown(Source s) {
        return s == null ? SourceKind.UNKNOWN : s.kind();
    }
}
