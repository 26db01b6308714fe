package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EventStatus;
import org.newsgraph.pipeline.lexicon.LexiconFiles;

/**
 * The word lists of the event layer (resources in {@code org/newsgraph/pipeline/event/}): PLOVER
 * triggers, generic event nouns and state adjectives, content modes, instruments, light verbs, status
 * words, people nouns and characterisations. Loaded once; immutable and thread-safe.
 *
 * @throws IllegalStateException (on first use) if a resource is missing or malformed
 */
final class EventLexicon {

    /** A word that sets an event's status, and how: "modifier", "governor", "negation" or "purpose". */
    record StatusWord(String role, EventStatus status) {
    }

    /** A mode and CAMEO code. */
    record Mode(String mode, String cameo) {
    }

    private static final Set<String> CONTAINERS = Set.of("package", "programme", "program", "deal", "plan", "bill",
            "measure", "shipment", "convoy", "delivery", "effort", "campaign", "operation", "agreement", "proposal");

    private final Map<String, List<TriggerEntry>> singles = new HashMap<>();
    private final Map<String, List<TriggerEntry>> pairs = new HashMap<>();
    private final Set<String> pairDependents = new HashSet<>();
    private final Set<String> pairHeads = new HashSet<>();
    private final Set<String> eventNouns;
    private final Set<String> stateAdjectives;
    private final Map<String, Mode> contentModes = new HashMap<>();
    private final Map<String, Mode> instruments = new HashMap<>();
    private final Set<String> lightVerbs;
    private final Map<String, StatusWord> statusWords = new HashMap<>();
    private final Set<String> peopleNouns;
    private final Set<String> hazards;
    private final Map<String, String> evaluations = new HashMap<>();

    private EventLexicon() {
        Set<String> nouns = new HashSet<>(words("event-nouns.txt"));
        for (String[] row : rows("plover-triggers.tsv", 6)) {
            TriggerEntry entry = entry(row);
            if (entry.isPair()) {
                pairs.computeIfAbsent(entry.words().get(0) + " " + entry.words().get(1), k -> new ArrayList<>()).add(entry);
                pairDependents.add(entry.words().get(0));
                pairDependents.add(entry.words().get(1));
                if (entry.noun()) {
                    pairHeads.addAll(entry.words()); // "air strike", but also "state (of) emergency"
                }
            } else {
                singles.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
                if (entry.noun()) {
                    nouns.add(entry.words().get(0));
                }
            }
        }
        eventNouns = Set.copyOf(nouns);
        stateAdjectives = words("state-adjectives.txt");
        for (String[] row : rows("content-modes.tsv", 4)) {
            contentModes.put(row[0] + " " + key(row[1]), new Mode(row[2], row[3]));
        }
        for (String[] row : rows("instruments.tsv", 3)) {
            instruments.put(key(row[0]), new Mode(row[1], row[2]));
        }
        lightVerbs = words("light-verbs.txt");
        for (String[] row : rows("status-words.tsv", 3)) {
            statusWords.put(key(row[0]), new StatusWord(row[1], EventStatus.valueOf(row[2])));
        }
        peopleNouns = words("people-nouns.txt");
        hazards = words("hazards.txt");
        for (String[] row : rows("evaluations.tsv", 2)) {
            evaluations.put(key(row[0]), key(row[1]));
        }
    }

    private static final class Holder {
        static final EventLexicon INSTANCE = new EventLexicon();
    }

    static EventLexicon get() {
        return Holder.INSTANCE;
    }

    private static TriggerEntry entry(String[] row) {
        String pos = row[1];
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        if (!row[5].equals("-")) {
            Arrays.stream(row[5].split(",")).map(Condition::parse).forEach(conditions::add);
        }
        return new TriggerEntry(List.of(key(row[0]).split(" ")), pos.contains("V"), pos.contains("N"),
                PloverType.valueOf(row[2]), row[3].equals("-") ? null : row[3], row[4], conditions);
    }

    /** Entries keyed by one word (a lemma or a lower-case word form such as "talks"). */
    List<TriggerEntry> singles(String word) {
        return singles.getOrDefault(key(word), List.of());
    }

    /** Entries keyed by a head and a dependent, in either order of the key's words. */
    List<TriggerEntry> pairs(String first, String second) {
        return pairs.getOrDefault(key(first) + " " + key(second), List.of());
    }

    /** True if the word is part of some two-word key (to skip needless pair lookups). */
    boolean inPair(String word) {
        return pairDependents.contains(key(word));
    }

    /**
     * True for nouns that stand for the event noun compounded with them: "aid package", "sanctions
     * bill", "peace plan", "arms shipment".
     */
    boolean isContainer(String lemma) {
        return CONTAINERS.contains(key(lemma));
    }

    /** True if the word heads a two-word noun trigger ("exercise" of "joint exercise"). */
    boolean isPairHead(String word) {
        return pairHeads.contains(key(word));
    }

    boolean isEventNoun(String word) {
        return eventNouns.contains(key(word));
    }

    boolean isStateAdjective(String word) {
        return stateAdjectives.contains(key(word));
    }

    Optional<Mode> contentMode(PloverType type, String lemma) {
        return Optional.ofNullable(contentModes.get(type.name() + " " + key(lemma)));
    }

    Optional<Mode> instrument(String lemma) {
        return Optional.ofNullable(instruments.get(key(lemma)));
    }

    /** A natural or accidental cause of harm ("earthquake", "crash"): see hazards.txt. */
    boolean isHazard(String lemma) {
        return hazards.contains(key(lemma));
    }

    boolean isLightVerb(String lemma) {
        return lightVerbs.contains(key(lemma));
    }

    Optional<StatusWord> statusWord(String word) {
        return Optional.ofNullable(statusWords.get(key(word)));
    }

    boolean isPeopleNoun(String lemma) {
        return peopleNouns.contains(key(lemma));
    }

    /** "verb", "negative" or "positive" for a characterising verb or an evaluative word. */
    Optional<String> evaluation(String lemma) {
        return Optional.ofNullable(evaluations.get(key(lemma)));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String file) {
        Set<String> set = new HashSet<>();
        rows(file, 1).forEach(row -> set.add(key(row[0])));
        return Set.copyOf(set);
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String[] raw : LexiconFiles.rows(EventLexicon.class.getClassLoader(),
                "org/newsgraph/pipeline/event/" + file)) {
            if (raw.length < columns) {
                throw new IllegalStateException("event lexicon " + file + ": expected " + columns + " columns in "
                        + String.join("\\t", raw));
            }
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = raw[i].strip();
            }
            rows.add(row);
        }
        return rows;
    }
}
