package org.newsgraph.pipeline.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.pipeline.lexicon.LexiconFiles;

/**
 * The closed word sets of the attribution rules, read from {@code attribution-words.tsv}: one row a
 * word, {@code SET <tab> word [<tab> complements]}, where complements (comma-separated) are the
 * prepositions a verb or adjective takes its content with. Immutable.
 */
final class WordSets {

    private final Map<String, Set<String>> sets;
    private final Map<String, Map<String, Set<String>>> complements;

    private WordSets() {
        Map<String, Set<String>> s = new HashMap<>();
        Map<String, Map<String, Set<String>>> c = new HashMap<>();
        for (String[] cols : LexiconFiles.rows(WordSets.class.getClassLoader(),
                "org/newsgraph/pipeline/attribution/attribution-words.tsv")) {
            String set = cols[0].strip();
            String word = cols[1].strip().toLowerCase(Locale.ROOT);
            s.computeIfAbsent(set, k -> new HashSet<>()).add(word);
            if (cols.length > 2) {
                c.computeIfAbsent(set, k -> new HashMap<>()).put(word, Set.of(cols[2].strip().split(",")));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        s.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        sets = Map.copyOf(frozen);
        Map<String, Map<String, Set<String>>> frozenC = new HashMap<>();
        c.forEach((k, v) -> frozenC.put(k, Map.copyOf(v)));
        complements = Map.copyOf(frozenC);
    }

    private static final class Holder {
        static final WordSets INSTANCE = new WordSets();
    }

    /** The set named {@code name}; an unknown name is a programming error. */
    static Set<String> set(String name) {
        Set<String> s = Holder.INSTANCE.sets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no word set " + name);
        }
        return s;
    }

    /** Word to the prepositions it takes its content with, for the set named {@code name}. */
    static Map<String, Set<String>> complements(String name) {
        Map<String, Set<String>> m = Holder.INSTANCE.complements.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no complement set " + name);
        }
        return m;
    }
}
