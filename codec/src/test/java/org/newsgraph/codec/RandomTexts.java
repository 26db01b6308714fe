package org.newsgraph.codec;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.newsgraph.model.Span;

/** Random texts and spans for the codec's property tests. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** Any text of 1 to 200 characters, without a lone surrogate (which no JSON text can hold). */
    static Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200).filter(s -> !hasLoneSurrogate(s));
    }

    /** {@code min} to {@code max} spans of {@code text}, possibly empty, at code point boundaries (as tokens have). */
    static Arbitrary<List<Span>> spans(String text, int min, int max) {
        int points = text.codePointCount(0, text.length());
        Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, points),
                Arbitraries.integers().between(0, points)).as((a, b) -> Span.of(text,
                text.offsetByCodePoints(0, Math.min(a, b)), text.offsetByCodePoints(0, Math.max(a, b))));
        return span.list().ofMinSize(min).ofMaxSize(max);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
