package org.newsgraph.model;

import java.util.Objects;

/**
 * A reference to an entity in the text.
 *
 * @param span       where it is
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param head       index of its syntactic head token
 * @param type       entity type
 * @param kind       name, nominal or pronoun
 */
public record Mention(Span span, int firstToken, int endToken, int head, EntityType type, MentionKind kind) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        if (firstToken < 0 || endToken <= firstToken || head < firstToken || head >= endToken) {
            throw new IllegalArgumentException("bad mention tokens [" + firstToken + ", " + endToken + ") head " + head);
        }
    }

    public Mention withType(EntityType newType) {
        return new Mention(span, firstToken, endToken, head, newType, kind);
    }

    public boolean containsToken(int token) {
        return firstToken <= token && token < endToken;
    }
}
