package org.newsgraph.store.stories;

import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * The sentence around a place of an article: the analysed sentence when the document has sentences,
 * else the stretch between sentence-final punctuation ({@code . ! ?} before a space or a line
 * break) or line breaks. Stateless.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence that holds the code unit at {@code offset}, trimmed of surrounding space. */
    public static Span around(Doc doc, int offset) {
        String text = doc.text();
        if (!doc.sentences().isEmpty() && !doc.tokens().isEmpty()) {
            for (Sentence sentence : doc.sentences()) {
                if (sentence.size() == 0) {
                    continue;
                }
                Token first = doc.tokens().get(sentence.firstToken());
                Token last = doc.tokens().get(sentence.endToken() - 1);
                if (first.start() <= offset && offset < last.end()) {
                    return Span.of(text, first.start(), last.end());
                }
            }
        }
        int start = offset;
        while (start > 0 && !boundaryBefore(text, start)) {
            start--;
        }
        int end = Math.min(offset + 1, text.length());
        while (end < text.length() && !boundaryBefore(text, end)) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return Span.of(text, start, end);
    }

    /** True if a sentence ends just before {@code i}. */
    private static boolean boundaryBefore(String text, int i) {
        char previous = text.charAt(i - 1);
        if (previous == '\n') {
            return true;
        }
        boolean spaceHere = i == text.length() || Character.isWhitespace(text.charAt(i));
        return spaceHere && (previous == '.' || previous == '!' || previous == '?');
    }
}
