package org.newsgraph.eval.gum;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Span;

/**
 * One gold entity mention of a GUM document.
 *
 * @param span      where it is in the reconstructed text (GUM mentions are maximal noun phrases,
 *                  determiners, possessive {@code 's} and modifiers included)
 * @param firstWord index of its first word
 * @param endWord   index after its last word
 * @param headWord  index of its syntactic head: the first word whose head lies outside the mention
 * @param head      the head word's span
 * @param entity    GUM's entity (coreference chain) id, unique within the document
 * @param type      GUM's entity type: person, organization, place, event, object, abstract, time,
 *                  substance, plant, animal, quantity
 * @param named     whether it is a proper name: its head word is tagged NNP or NNPS
 * @param identity  the entity's Wikipedia title as GUM links it (e.g. {@code Donald_Trump}), if any
 */
public record GumMention(Span span, int firstWord, int endWord, int headWord, Span head, String entity, String type,
        boolean named, @Nullable String identity) {

    public GumMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(type, "type");
        if (firstWord < 0 || endWord <= firstWord || headWord < firstWord || headWord >= endWord
                || !span.contains(head)) {
            throw new IllegalArgumentException("bad mention words [" + firstWord + ", " + endWord + ") head "
                    + headWord);
        }
    }
}
