package org.newsgraph.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
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

    static void repair(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<List<CoreLabel>> groups = new ArrayList<>();
        for (CoreMap s : sentences) {
            groups.add(new ArrayList<>(s.get(CoreAnnotations.TokensAnnotation.class)));
        }
        boolean changed = false;
        for (int i = 0; i + 1 < groups.size(); i++) {
            List<CoreLabel> current = groups.get(i);
            List<CoreLabel> next = groups.get(i + 1);
            boolean lowerStart = Character.isLowerCase(next.get(0).originalText().codePointAt(0));
            if ((openParentheses(current) > 0 || lowerStart) && !paragraphBreakBetween(text, current, next)) {
                current.addAll(next);
                groups.remove(i + 1);
                i--;
                changed = true;
                continue;
            }
            while (current.size() > 1 && isOpeningMark(text, current.get(current.size() - 1))) {
                next.add(0, current.remove(current.size() - 1));
                changed = true;
            }
        }
        if (changed) {
            annotation.set(CoreAnnotations.SentencesAnnotation.class, rebuild(text, groups));
        }
    }

    private static int openParentheses(List<CoreLabel> tokens) {
        int open = 0;
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

    private static List<CoreMap> rebuild(String text, List<List<CoreLabel>> groups) {
        List<CoreMap> result = new ArrayList<>();
        int tokenOffset = 0;
        for (List<CoreLabel> tokens : groups) {
            if (tokens.isEmpty()) {
                continue;
            }
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, result.size());
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, result.size());
                tokens.get(i).setIndex(i + 1);
            }
            tokenOffset += tokens.size();
            result.add(sentence);
        }
        return result;
    }
}
