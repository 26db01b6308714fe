package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Token;

/**
 * Finds the cue and speaker of a direct quotation from the words around it, not from the parse
 * (parsers mangle quotations): "“…,” he said", "“…,” said X", "X said: “…”", and the two halves of
 * "“…,” he said, “…”". Stateless apart from the document it reads.
 */
final class QuoteCues {

    /** Most words a speaker phrase may have ("Speaker of the House Rep. Paul Ryan (R-WI)"). */
    private static final int MAX_SOURCE_TOKENS = 12;

    /**
     * A cue found beside a quotation.
     *
     * @param verb        the cue verb's token
     * @param sourceFirst first token of the speaker phrase
     * @param sourceEnd   token after it
     * @param sourceHead  the phrase's head token
     */
    record Found(int verb, int sourceFirst, int sourceEnd, int sourceHead) {
    }

    private final Doc doc;
    private final List<Token> tokens;
    private final CueLexicon lexicon;

    QuoteCues(Doc doc, CueLexicon lexicon) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
    }

    /** The cue just before the quotation ("He said: “…”") or, failing that, after it ("“…,” he said"). */
    Optional<Found> find(int quoteFirstToken, int quoteEndToken) {
        return before(quoteFirstToken).or(() -> after(quoteEndToken));
    }

    private Optional<Found> after(int from) {
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Found> credit = dashCredit(from);
        if (credit.isPresent()) {
            return credit;
        }
        int lastInner = from - 2;
        boolean closedSentence = lastInner >= 0 && tokens.get(lastInner).text().matches("[.!?]");
        int i = from;
        while (i < tokens.size() && isSkippable(tokens.get(i))) {
            i++;
        }
        int start = i;
        boolean relative = false;
        int limit = Math.min(tokens.size(), start + MAX_SOURCE_TOKENS + 1);
        for (int v = start; v < limit; v++) {
            Token t = tokens.get(v);
            if (t.pos().equals("WP") || t.pos().equals("WDT")) {
                relative = true; // "Nate Silver, the guru who founded the site, tweeted"
            }
            if (breaksPhrase(t, v, start) || t.isVerb() && !isAuxiliary(t) && !isSayVerb(t) && !relative) {
                return Optional.empty();
            }
            if (isSayVerb(t)) {
                // “... it.” He said ...: a new sentence after a closed quote only as a short tag ("he said.")
                boolean newSentence = t.sentence() != tokens.get(Math.max(0, lastInner)).sentence();
                // the tag sentence begins right after the quotation: "Mr. Trump asked, repeating ..."
                boolean shortTag = doc.sentences().get(t.sentence()).firstToken() >= start - 1 && v - start <= 8;
                if (closedSentence && newSentence && !shortTag) {
                    return Optional.empty();
                }
                if (v > start && !tokens.get(start).pos().equals("IN")) {
                    return Optional.of(new Found(v, start, v, headOf(start, v)));
                }
                if (v > start) {
                    return Optional.empty(); // "“…” in the 2008 primary, said X": a mixed quote, not this rule's
                }
                int end = v + 1;
                while (end < tokens.size() && end - v <= MAX_SOURCE_TOKENS && !endsPhrase(tokens.get(end))) {
                    end++;
                }
                return end > v + 1 ? Optional.of(new Found(v, v + 1, end, headOf(v + 1, end))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "“…” ― Jorge Falcon": a quotation credited with a dash and a name. */
    private Optional<Found> dashCredit(int from) {
        int dash = from;
        while (dash < tokens.size() && tokens.get(dash).text().equals(",")) {
            dash++;
        }
        if (dash + 1 >= tokens.size() || !Set.of("―", "—", "–", "--").contains(tokens.get(dash).text())
                || !tokens.get(dash + 1).isCapitalized()) {
            return Optional.empty();
        }
        int end = dash + 1;
        while (end < tokens.size() && end - dash <= 6 && (tokens.get(end).isCapitalized() || tokens.get(end).isProperNoun())
                && !newlineBefore(end)) {
            end++;
        }
        boolean closes = end >= tokens.size() || newlineBefore(end) || tokens.get(end).text().matches("[.,]");
        return closes ? Optional.of(new Found(dash, dash + 1, end, headOf(dash + 1, end))) : Optional.empty();
    }

    private boolean newlineBefore(int token) {
        return token > 0 && doc.text().substring(tokens.get(token - 1).end(), tokens.get(token).start()).indexOf('\n') >= 0;
    }

    private Optional<Found> before(int quoteFirst) {
        int v = quoteFirst - 1;
        while (v >= 0 && (tokens.get(v).text().equals(",") || tokens.get(v).text().equals(":")
                || tokens.get(v).text().equalsIgnoreCase("that"))) {
            v--;
        }
        // "told Breitbart News host Matt Boyle, “…”": the addressee stands between the verb and the quote
        int addressee = v;
        while (addressee > 0 && quoteFirst - addressee <= 9 && !isSayVerb(tokens.get(addressee))
                && isNominal(tokens.get(addressee))) {
            addressee--;
        }
        if (addressee >= 0 && addressee < v && isSayVerb(tokens.get(addressee))) {
            v = addressee;
        } else if (quoteFirst > 0 && tokens.get(quoteFirst - 1).text().equals(":") && !isSayVerb(tokens.get(v))) {
            // "The committee said about its platform:¶“…”": the cue verb of the sentence the colon ends
            int sentenceStart = doc.sentences().get(tokens.get(quoteFirst - 1).sentence()).firstToken();
            for (int i = quoteFirst - 2; i >= sentenceStart; i--) {
                if (isSayVerb(tokens.get(i))) {
                    return Optional.of(new Found(i, -1, -1, -1));
                }
            }
        }
        if (v < 1 || !isSayVerb(tokens.get(v)) || tokens.get(v).sentence() != tokens.get(quoteFirst).sentence()
                && !tokens.get(quoteFirst - 1).text().equals(":")) {
            return Optional.empty();
        }
        int start = v;
        int sentenceStart = doc.sentences().get(tokens.get(v).sentence()).firstToken();
        while (start > sentenceStart && v - start < MAX_SOURCE_TOKENS && !endsPhrase(tokens.get(start - 1))
                && !tokens.get(start - 1).isVerb() || start > sentenceStart && isAuxiliary(tokens.get(start - 1))) {
            start--;
        }
        int end = v;
        while (end > start && isAuxiliary(tokens.get(end - 1))) {
            end--;
        }
        // no phrase before the verb ("…, saying “…”"): the finder takes the subject from the parse
        return Optional.of(end > start ? new Found(v, start, end, headOf(start, end)) : new Found(v, -1, -1, -1));
    }

    private static boolean isNominal(Token t) {
        return t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("PRP")
                || t.pos().equals("POS") || t.pos().equals("CD") || t.text().equals("’s");
    }

    private boolean isSayVerb(Token t) {
        return t.isVerb() && lexicon.verb(t.lemma()).filter(c -> c == CueClass.SAY || c == CueClass.ALLEGE).isPresent();
    }

    private static boolean isSkippable(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals("”") || s.equals("\"") || s.equals("''") || s.equals("“") || s.equals("—")
                || s.equals("-");
    }

    /** Words that cannot stand between a quotation and its cue. */
    private boolean breaksPhrase(Token t, int index, int start) {
        String s = t.text();
        boolean abbreviation = index + 1 < tokens.size() && tokens.get(index + 1).text().equals(")"); // "(D-Md.)"
        return s.equals(".") && !abbreviation || s.equals("“") || s.equals("\"") && index > start
                || s.equals("''") && index > start;
    }

    private static boolean endsPhrase(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals(".") || s.equals(";") || s.equals(":") || s.equals("“") || s.equals("\"")
                || s.equals("''") || s.equals("—") || t.isVerb() || t.pos().equals("WP") || t.pos().equals("IN");
    }

    private static boolean isAuxiliary(Token t) {
        return t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("be") || t.lemma().equals("do")
                || t.pos().equals("RB");
    }

    /** The last noun or pronoun of a phrase: "Mr. Rendell", "Speaker ... Paul Ryan". */
    private int headOf(int first, int end) {
        int head = end - 1;
        for (int i = end - 1; i >= first; i--) {
            Token t = tokens.get(i);
            if (t.isNoun() || t.pos().startsWith("PRP")) {
                return i;
            }
        }
        return head;
    }
}
