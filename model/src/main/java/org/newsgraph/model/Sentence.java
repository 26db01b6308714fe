package org.newsgraph.model;

import java.util.List;

/**
 * A sentence: a range of document tokens and its dependency parse.
 *
 * @param index        position in the document's sentence list
 * @param firstToken   index of its first token
 * @param endToken     index after its last token
 * @param dependencies basic UD dependencies over document token indices
 */
public record Sentence(int index, int firstToken, int endToken, List<Dependency> dependencies) {

    public Sentence {
        dependencies = List.copyOf(dependencies);
        if (index < 0 || firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad sentence " + index + " [" + firstToken + ", " + endToken + ")");
        }
    }

    public boolean containsToken(int token) {
        return firstToken <= token && token < endToken;
    }

    public int size() {
        return endToken - firstToken;
    }
}
