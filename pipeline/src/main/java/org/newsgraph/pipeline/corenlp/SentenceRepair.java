package org.newsgraph.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs CoreNLP's sentence splits where news text fools it, before tagging and parsing:
 * <ul>
 *   <li>a split inside parentheses, or before a word in lower case: "Rep. Elijah E. Cummings (D-Md.)
 *       said" is one sentence, not two broken at "Md.";</li>
 *   <li>an opening quotation mark left at the end of the previous sentence (''That's ... ) moves to
 *       the sentence it opens.</li>
 * </ul>
 */
final class SentenceRepair {

    private SentenceRepair() {
    }

    /**
     * The mended sentences, as token lists, from CoreNLP's. One pass, linear in the tokens: a run
     * of merges keeps one open-parenthesis count instead of recounting the growing sentence.
     *
     * @param text      the text the tokens' offsets refer to
     * @param sentences the splitter's sentences, in order; their lists are not changed
     */
    static List<List<CoreLabel>> repair(String text, List<List<CoreLabel>> sentences) {
        List<List<CoreLabel>> result = new ArrayList<>();
        if (sentences.isEmpty()) {
            return result;
        }
        List<CoreLabel> current = new ArrayList<>(sentences.get(0));
        int open = openParentheses(0, current);
        for (int i = 1; i < sentences.size(); i++) {
            List<CoreLabel> next = new ArrayList<>(sentences.get(i));
            boolean lowerStart = Character.isLowerCase(next.get(0).originalText().codePointAt(0));
            if ((open > 0 || lowerStart) && !paragraphBreakBetween(text, current, next)) {
                current.addAll(next);
                open = openParentheses(open, next);
                continue;
            }
            while (current.size() > 1 && isOpeningMark(text, current.get(current.size() - 1))) {
                next.add(0, current.remove(current.size() - 1));
            }
            result.add(current);
            current = next;
            open = openParentheses(0, next);
        }
        result.add(current);
        return result;
    }

    /** The parentheses still open after {@code tokens}, starting with {@code open} open ones. */
    private static int openParentheses(int alreadyOpen, List<CoreLabel> tokens) {
        int open = alreadyOpen;
        for (CoreLabel t : tokens) {
            String w = t.originalText();
            if (w.equals("(")) {
                open++;
            } else if (w.equals(")") && open > 0) {
                open--;
            }
        }
        return open;
    }

    private static boolean paragraphBreakBetween(String text, List<CoreLabel> a, List<CoreLabel> b) {
        int from = a.get(a.size() - 1).endPosition();
        int to = b.get(0).beginPosition();
        return text.substring(from, to).indexOf('\n') >= 0;
    }

    /** A quotation mark followed directly by a word opens a quotation. */
    private static boolean isOpeningMark(String text, CoreLabel t) {
        String w = t.originalText();
        boolean mark = w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("``");
        int after = t.endPosition();
        return mark && after < text.length() && Character.isLetterOrDigit(text.charAt(after))
                && (t.beginPosition() == 0 || Character.isWhitespace(text.charAt(t.beginPosition() - 1)));
    }
}
