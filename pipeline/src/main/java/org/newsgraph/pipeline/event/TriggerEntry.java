package org.newsgraph.pipeline.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of the PLOVER trigger lexicon.
 *
 * @param words      the key: one lemma, or a head with a dependent ("call for", "air strike")
 * @param verb       true if it applies to verbs
 * @param noun       true if it applies to nouns
 * @param type       the PLOVER type
 * @param mode       the PLOVER mode, if any
 * @param cameo      the nearest CAMEO code
 * @param conditions what the trigger's syntax must show
 */
record TriggerEntry(List<String> words, boolean verb, boolean noun, PloverType type, @Nullable String mode,
        String cameo, Set<Condition> conditions) {

    TriggerEntry {
        words = List.copyOf(words);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        conditions = Set.copyOf(conditions);
        if (words.isEmpty() || words.size() > 2) {
            throw new IllegalArgumentException("a trigger key has one or two words: " + words);
        }
    }

    boolean isPair() {
        return words.size() == 2;
    }

    /** The same entry with another type, mode and code (a request's mode from its content, a vow that threatens). */
    TriggerEntry retyped(PloverType newType, @Nullable String newMode, String newCameo) {
        return new TriggerEntry(words, verb, noun, newType, newMode, newCameo, conditions);
    }
}
