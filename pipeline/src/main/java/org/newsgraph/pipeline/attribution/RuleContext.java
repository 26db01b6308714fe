package org.newsgraph.pipeline.attribution;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * What every attribution rule reads about one document: its tokens and parse, its quotations (and
 * which tokens lie inside one), the cue lexicon and the source resolver, with the speaker, cue and
 * content helpers built over them. Read-only after construction; one per document.
 */
final class RuleContext {

    private final Doc doc;
    private final DependencyIndex parse;
    private final List<QuoteScanner.Quote> quotes;
    private final CueLexicon lexicon;
    private final SourceResolver sources;
    private final List<Token> tokens;
    private final BitSet quoted = new BitSet();
    private final BitSet inQuotation = new BitSet();
    private final Speakers speakers;
    private final Cues cues;
    private final Contents contents;

    RuleContext(Doc doc, DependencyIndex parse, List<QuoteScanner.Quote> quotes, CueLexicon lexicon,
            SourceResolver sources) {
        this.doc = doc;
        this.parse = parse;
        this.quotes = List.copyOf(quotes);
        this.lexicon = lexicon;
        this.sources = sources;
        this.tokens = doc.tokens();
        for (Token t : tokens) {
            for (QuoteScanner.Quote q : quotes) {
                if (q.start() < t.start() && t.end() <= q.end() && !(t.end() == q.end() && isClosingMark(t))) {
                    quoted.set(t.index());
                }
                if (q.start() <= t.start() && t.end() <= q.end()) {
                    inQuotation.set(t.index());
                }
            }
        }
        this.speakers = new Speakers(this);
        this.cues = new Cues(this);
        this.contents = new Contents(this);
    }

    Doc doc() {
        return doc;
    }

    DependencyIndex parse() {
        return parse;
    }

    List<QuoteScanner.Quote> quotes() {
        return quotes;
    }

    CueLexicon lexicon() {
        return lexicon;
    }

    SourceResolver sources() {
        return sources;
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    Speakers speakers() {
        return speakers;
    }

    Cues cues() {
        return cues;
    }

    Contents contents() {
        return contents;
    }

    /** True if the token lies inside a quotation (its closing mark excluded). */
    boolean quoted(int token) {
        return quoted.get(token);
    }

    /** True if the token lies inside a quotation, its marks included. */
    boolean inQuotation(int token) {
        return inQuotation.get(token);
    }

    /** True if {@code [start, end)} is exactly one quotation, its marks included. */
    boolean isQuotation(int start, int end) {
        return quotes.stream().anyMatch(q -> q.start() == start && q.end() == end);
    }

    Sentence sentenceOf(int token) {
        return doc.sentences().get(tokens.get(token).sentence());
    }

    /** The token after the last one of the sentence holding {@code token}. */
    int sentenceEnd(int token) {
        return sentenceOf(token).endToken();
    }

    /** The first token starting at or after a character offset, or the token count. */
    int firstTokenFrom(int offset) {
        for (Token t : tokens) {
            if (t.start() >= offset) {
                return t.index();
            }
        }
        return tokens.size();
    }

    /** The token holding a character offset, or the last token. */
    int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.start() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return tokens.size() - 1;
    }

    /** The token after the last one of the paragraph holding {@code token}. */
    int paragraphEnd(int token) {
        int i = token;
        while (i + 1 < tokens.size()
                && doc.text().substring(tokens.get(i).end(), tokens.get(i + 1).start()).indexOf('\n') < 0) {
            i++;
        }
        return i + 1;
    }

    /** True if the sentence holding {@code token} has words (not just punctuation or quoted ones) before it. */
    boolean wordsBeforeInSentence(int token) {
        Sentence s = sentenceOf(token);
        for (int i = s.firstToken(); i < token; i++) {
            if (!isPunct(tokens.get(i)) && !quoted.get(i)) {
                return true;
            }
        }
        return false;
    }

    /** A cue verb with a subject of its own: the head of an attribution. */
    boolean isReportingVerb(int token) {
        return tokens.get(token).isVerb() && lexicon.verb(tokens.get(token).lemma()).isPresent()
                && parse.child(token, "nsubj").isPresent();
    }

    /** Token range of a subtree without the subtree of {@code excluded} (or -1). */
    TokenRange range(int node, int excluded) {
        return range(node, excluded, Set.of());
    }

    /** Token range of a subtree without {@code excluded}'s subtree nor children by {@code skipRelations}. */
    TokenRange range(int node, int excluded, Set<String> skipRelations) {
        int[] r = {node, node + 1};
        collect(node, excluded, skipRelations, r);
        return new TokenRange(r[0], r[1]);
    }

    private void collect(int node, int excluded, Set<String> skip, int[] r) {
        for (int c : parse.children(node)) {
            if (c == excluded || skip.contains(parse.relation(c))) {
                continue;
            }
            r[0] = Math.min(r[0], c);
            r[1] = Math.max(r[1], c + 1);
            collect(c, excluded, skip, r);
        }
    }

    static boolean isFinite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    static boolean isOpeningMark(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("``");
    }

    static boolean isClosingMark(Token t) {
        return t.text().equals("”") || t.text().equals("\"") || t.text().equals("''");
    }

    static boolean isPunct(Token t) {
        return AttributionExtractor.isPunct(t);
    }

    static String lower(Token t) {
        return AttributionExtractor.lower(t);
    }
}
