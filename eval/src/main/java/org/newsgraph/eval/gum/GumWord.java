package org.newsgraph.eval.gum;

import java.util.Objects;

/**
 * One syntactic word of a GUM document (a CoNLL-U word line; multi-word token lines and empty
 * nodes are not words).
 *
 * @param index    position in the document's word list
 * @param sentence index of its sentence in the document
 * @param start    first character in the reconstructed text
 * @param end      character after the last
 * @param form     the word as written
 * @param xpos     Penn Treebank tag (GUM's XPOS)
 * @param head     document index of its syntactic head, or -1 for a sentence root
 */
public record GumWord(int index, int sentence, int start, int end, String form, String xpos, int head) {

    public GumWord {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(xpos, "xpos");
        if (index < 0 || sentence < 0 || start < 0 || end < start || head < -1) {
            throw new IllegalArgumentException("bad word " + index + " [" + start + ", " + end + ") head " + head);
        }
    }

    /** True for NNP and NNPS, GUM's proper-noun tags. */
    public boolean isProperNoun() {
        return xpos.equals("NNP") || xpos.equals("NNPS");
    }
}
