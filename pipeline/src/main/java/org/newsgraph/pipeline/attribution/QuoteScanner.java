package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in raw text: curly (“…”), straight ("…") and doubled-apostrophe (''…'') marks, quotes that
 * run over several paragraphs (a paragraph that ends without a closing mark, followed by one that
 * opens again), and quotes the writer forgot to close (closed at the paragraph's end). Inner quotes
 * inside a quotation belong to it. Single quotation marks are left alone: they are apostrophes
 * too often.
 */
final class QuoteScanner {

    /**
     * One stretch of quoted text, marks included.
     *
     * @param start offset of the opening mark
     * @param end   offset after the closing mark (or after the paragraph's last character)
     * @param group quotes of one multi-paragraph quotation share a group number
     */
    record Quote(int start, int end, int group) {
    }

    private QuoteScanner() {
    }

    static List<Quote> scan(String text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        String closer = null;
        int group = 0;
        boolean continuing = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubled = text.startsWith("''", i); // typewriter style of some archives: ''quote''
            if (open < 0) {
                boolean reversed = c == '”' && opensAt(text, i) && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)); // ”Fear. I am afraid…” opened the wrong way
                if (c == '“' || reversed || (c == '"' || doubled) && opensAt(text, i)) {
                    open = i;
                    closer = c == '“' || reversed ? "”" : doubled ? "''" : "\"";
                    if (!continuing) {
                        group++;
                    }
                    continuing = false;
                    if (doubled) {
                        i++;
                    }
                } else if (!Character.isWhitespace(c) || c == '\n') {
                    continuing = false;
                }
                continue;
            }
            // writers mix marks: "…” and “…" both occur, and “…“ where a closing mark was meant
            boolean closes = text.startsWith(closer, i)
                    || !closer.equals("''") && (c == '"' || c == '”' || c == '“' && !opensAt(text, i)) && closesAt(text, i);
            if (closes) {
                int end = i + (closer.equals("''") && doubled ? 2 : 1);
                quotes.add(new Quote(open, end, group));
                open = -1;
                i = end - 1;
            } else if (c == '\n') {
                int end = i;
                while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                quotes.add(new Quote(open, end, group));
                open = -1;
                // the writers' convention: no closing mark, and the next paragraph opens again
                int next = i;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                continuing = next < text.length() && (text.charAt(next) == '“' || text.charAt(next) == '"'
                        || text.startsWith("''", next));
                i = next - 1;
            }
        }
        if (open >= 0) {
            int end = text.length();
            while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            quotes.add(new Quote(open, end, group));
        }
        return quotes;
    }

    /** A straight mark opens where a word can start: text start, after space or an opening bracket or dash. */
    private static boolean opensAt(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{—–-:".indexOf(before) >= 0;
    }

    /** Inside a curly quote, a straight mark closes only where a word ends. */
    private static boolean closesAt(String text, int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0 && !opensAt(text, i);
    }
}
