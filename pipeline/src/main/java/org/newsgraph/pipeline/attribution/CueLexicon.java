package org.newsgraph.pipeline.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.pipeline.lexicon.LexiconFiles;

/**
 * The word lists of attribution: cue verbs and nouns, anonymous and document sources, media names.
 * The cue verbs are the hand-made {@code cue-verbs.tsv} plus {@link LearnedCueVerbs} (of the "believe"
 * class). Immutable.
 */
final class CueLexicon {

    private final Map<String, CueClass> verbs;
    private final Map<String, CueClass> nouns;
    private final Set<String> anonymous;
    private final Set<String> documents;
    private final Set<String> media;

    private CueLexicon() {
        verbs = classes("cue-verbs.tsv");
        nouns = classes("cue-nouns.tsv");
        anonymous = words("anonymous-sources.txt");
        documents = words("document-sources.txt");
        media = words("media.txt");
    }

    private CueLexicon(CueLexicon hand, Map<String, CueClass> verbs) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = hand.nouns;
        this.anonymous = hand.anonymous;
        this.documents = hand.documents;
        this.media = hand.media;
    }

    private static final class Holder {
        static final CueLexicon HAND_MADE = new CueLexicon();
        static final CueLexicon SHIPPED = HAND_MADE.with(LearnedCueVerbs.shipped());
    }

    /** The hand-made lists with the shipped learned cue verbs. */
    static CueLexicon get() {
        return Holder.SHIPPED;
    }

    /** The hand-made lists alone. */
    static CueLexicon handMade() {
        return Holder.HAND_MADE;
    }

    /** These lists with {@code learned} added as cue verbs of the "believe" class (never quotation cues) where they have no class yet. */
    CueLexicon with(LearnedCueVerbs learned) {
        Map<String, CueClass> merged = new HashMap<>(verbs);
        learned.lemmas().forEach(l -> merged.putIfAbsent(l.toLowerCase(Locale.ROOT), CueClass.BELIEVE));
        return new CueLexicon(this, merged);
    }

    Optional<CueClass> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    Optional<CueClass> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }

    boolean isAnonymous(String word) {
        return anonymous.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isDocument(String word) {
        return documents.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True if an organisation with this name is a news medium ("Korean Central News Agency", "Reuters"). */
    boolean isMedia(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (media.contains(lower)) {
            return true;
        }
        String[] words = lower.split("\\s+");
        return words.length > 1 && media.contains(words[words.length - 1]);
    }

    private static Map<String, CueClass> classes(String file) {
        Map<String, CueClass> map = new HashMap<>();
        read(file, cols -> map.put(cols[0].toLowerCase(Locale.ROOT), CueClass.valueOf(cols[1].toUpperCase(Locale.ROOT))));
        return Map.copyOf(map);
    }

    private static Set<String> words(String file) {
        Set<String> set = new HashSet<>();
        read(file, cols -> set.add(cols[0].toLowerCase(Locale.ROOT)));
        return Set.copyOf(set);
    }

    private static void read(String file, java.util.function.Consumer<String[]> row) {
        LexiconFiles.rows(CueLexicon.class.getClassLoader(), "org/newsgraph/pipeline/attribution/" + file)
                .forEach(cols -> row.accept(new String[] {cols[0].strip(), cols.length > 1 ? cols[1].strip() : ""}));
    }
}
