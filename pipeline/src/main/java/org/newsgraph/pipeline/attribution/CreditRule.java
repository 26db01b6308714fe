package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isOpeningMark;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * Credits and labels: a name after a dash ending a quotation's paragraph ("“…” ― Sonya Herridge"),
 * a paragraph opening "Name: …", and the whole article's credit ("With inputs from agencies",
 * "LONDON (Reuters) —").
 */
final class CreditRule {

    private static final Set<String> SECTION_LABELS = WordSets.set("SECTION_LABELS");
    private static final Pattern CREDIT = Pattern.compile(
            "(?im)^[ \\t(]*((?:with )?(?:inputs?|additional reporting|reporting|writing|editing) (?:from|by))\\s+([^\\n]+?)[.)]?\\s*\\z");
    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*[A-Z][A-Za-z .,'-]{0,40}?\\s*\\((Reuters|AP|AFP|UPI|Xinhua|Yonhap|TASS|Bloomberg|dpa|EFE|ANSA|Kyodo)\\)\\s*[-—–]+\\s*");


    private final RuleContext ctx;
    private final List<Token> tokens;

    CreditRule(RuleContext ctx) {
        this.ctx = ctx;
        this.tokens = ctx.tokens();
    }

    /** A name after a dash right after a quotation, ending its paragraph: the quotation's author. */
    private static final Pattern DASH_CREDIT = Pattern.compile(
            "\\G[ \\t]*(?:[―—–]|--?)[ \\t]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,4})\\.?[ \\t]*(?:\\n|$)");

    List<Candidate> dashCredits() {
        List<Candidate> result = new ArrayList<>();
        Matcher m = DASH_CREDIT.matcher(ctx.doc().text());
        for (QuoteScanner.Quote q : ctx.quotes()) {
            if (q.end() >= ctx.doc().text().length() || !m.find(q.end())) {
                continue;
            }
            int nameFirst = ctx.firstTokenFrom(m.start(1));
            int nameEnd = ctx.firstTokenFrom(m.end(1));
            int dash = ctx.firstTokenFrom(q.end());
            if (nameFirst <= dash || nameEnd <= nameFirst) {
                continue;
            }
            Source source = ctx.speakers().resolve(new TokenRange(nameFirst, nameEnd));
            result.add(new Candidate(q.start(), q.end(), tokens.get(dash).start(), tokens.get(dash).end(), source,
                    Certainty.REPORTED, List.of(), dash, false));
        }
        return result;
    }

    /**
     * Headline and interview style: a paragraph opening "Trump: …", "Dr. Ben Carson: …" or "Q: …"; the
     * words before the colon are the source, the rest of the paragraph the content.
     */
    List<Candidate> headlineColons() {
        List<Candidate> result = new ArrayList<>();
        for (Sentence s : ctx.doc().sentences()) {
            int first = s.firstToken();
            if (isOpeningMark(tokens.get(first)) && first + 1 < s.endToken()) {
                first++; // transcripts quoted paragraph by paragraph: "“PENCE: Well, look, ..."
            }
            if (s.firstToken() > 0 && ctx.doc().text().substring(tokens.get(s.firstToken() - 1).end(), tokens.get(s.firstToken()).start()).indexOf('\n') < 0) {
                continue; // not at a paragraph start
            }
            for (int colon = first + 1; colon < Math.min(s.endToken() - 2, first + 6); colon++) {
                if (!tokens.get(colon).text().equals(":")) {
                    if (!tokens.get(colon).isCapitalized() && !tokens.get(colon).pos().equals(".")) {
                        break;
                    }
                    continue;
                }
                if (!tokens.get(first).isCapitalized()) {
                    break;
                }
                if (!speakerLabel(first, colon)) {
                    break; // "The Latest: …", "VIDEO: …", "AP-GfK Poll: …": a section or series name
                }
                int end = ctx.paragraphEnd(colon + 1);
                Source source = ctx.speakers().resolve(new TokenRange(first, colon));
                ctx.contents().one(new TokenRange(colon + 1, end), new TokenRange(colon, colon + 1), source, Certainty.REPORTED,
                        List.of(), colon).ifPresent(result::add);
                break;
            }
        }
        return result;
    }

    /**
     * Whether the words before a paragraph's colon can name a speaker ("Lynch:", "Clinton camp:",
     * "Poll:", "PENCE:"): none of them names a section, series or medium ("The Latest:", "VIDEO:").
     */
    private boolean speakerLabel(int first, int colon) {
        for (int i = first; i < colon; i++) {
            if (SECTION_LABELS.contains(lower(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** "With inputs from agencies", "Reporting by ...", "LONDON (Reuters) —": the whole article's source. */
    Optional<Candidate> credits() {
        String text = ctx.doc().text();
        Matcher credit = CREDIT.matcher(text);
        if (credit.find()) {
            int contentEnd = credit.start();
            while (contentEnd > 0 && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int contentStart = firstNonSpace(text);
            if (contentEnd > contentStart) {
                Source source = new Source(org.newsgraph.model.Span.of(text, credit.start(2), credit.end(2)), null,
                        SourceKind.MEDIA);
                return Optional.of(new Candidate(contentStart, contentEnd, credit.start(1), credit.end(1), source,
                        Certainty.REPORTED, List.of(), -1, true));
            }
        }
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            Source source = new Source(org.newsgraph.model.Span.of(text, dateline.start(1), dateline.end(1)), null,
                    SourceKind.MEDIA);
            int end = text.length();
            while (end > dateline.end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return Optional.of(new Candidate(dateline.end(), end, dateline.start(1) - 1, dateline.end(1) + 1, source,
                    Certainty.REPORTED, List.of(), -1, true));
        }
        return Optional.empty();
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
