package org.newsgraph.model;

import java.util.Objects;

/**
 * One token with its linguistic annotations.
 *
 * @param index    position in the document's token list
 * @param sentence index of the sentence it belongs to
 * @param start    first code unit in the article text
 * @param end      code unit after the last
 * @param text     the token as written
 * @param lemma    dictionary form (lower case for common words)
 * @param pos      Penn Treebank part-of-speech tag
 * @param ner      the base recogniser's label ("O" when none)
 */
public record Token(int index, int sentence, int start, int end, String text, String lemma, String pos, String ner) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        if (index < 0 || sentence < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + index + " [" + start + ", " + end + ")");
        }
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
