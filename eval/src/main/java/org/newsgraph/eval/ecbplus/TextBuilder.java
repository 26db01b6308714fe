package org.newsgraph.eval.ecbplus;

import java.util.Set;

/**
 * Joins ECB+ tokens into readable text (see {@link EcbplusReader}) and records where each lands.
 * Not thread-safe: one per document.
 */
final class TextBuilder {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", ")", "]", "}", "%",
            "''", "”", "’", "'s", "'S", "’s", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "“", "‘", "$", "#");

    private final StringBuilder text = new StringBuilder();
    private int sentence = -1;
    private boolean glueNext;
    private boolean straightQuoteOpen;

    EcbToken add(int id, int tokenSentence, String word) {
        if (sentence >= 0 && tokenSentence != sentence) {
            text.append('\n');
            glueNext = true;
            straightQuoteOpen = false;
        }
        sentence = tokenSentence;
        boolean closingQuote = word.equals("\"") && straightQuoteOpen;
        boolean glue = glueNext || NO_SPACE_BEFORE.contains(word) || closingQuote;
        if (!glue && text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        text.append(word);
        glueNext = NO_SPACE_AFTER.contains(word) || word.equals("\"") && !straightQuoteOpen;
        if (word.equals("\"")) {
            straightQuoteOpen = !straightQuoteOpen;
        }
        return new EcbToken(id, tokenSentence, word, start, text.length());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
