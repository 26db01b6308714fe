package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventStatus;
import org.newsgraph.pipeline.lexicon.LexiconFiles;

/** The PLOVER trigger lexicon covers the ontology with PLOVER's own modes and well-formed CAMEO codes. */
class EventLexiconTest {

    /** PLOVER 2021 modes by type (manual, chapter 2), plus newsgraph's "meeting" and CAMEO's "host" for CONSULT. */
    private static final Map<PloverType, Set<String>> MODES = Map.ofEntries(
            Map.entry(PloverType.CONSULT, Set.of("visit", "third-party", "multilateral", "phone", "meeting", "host")),
            Map.entry(PloverType.RETREAT, Set.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
            Map.entry(PloverType.REQUEST, Set.of("assist", "change", "yield", "meet")),
            Map.entry(PloverType.REJECT, Set.of("assist", "change", "yield", "meet")),
            Map.entry(PloverType.ACCUSE, Set.of("disapprove", "investigate", "allege")),
            Map.entry(PloverType.THREATEN, Set.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
            Map.entry(PloverType.PROTEST, Set.of("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
            Map.entry(PloverType.SANCTION, Set.of("convict", "expel", "withdraw", "discontinue")),
            Map.entry(PloverType.MOBILIZE, Set.of("troops", "weapons", "police", "militia")),
            Map.entry(PloverType.COERCE, Set.of("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                    "withhold", "misinformation", "cyber")),
            Map.entry(PloverType.ASSAULT, Set.of("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                    "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                    "unconventional")));

    private static List<String[]> rows(String file) {
        return LexiconFiles.rows(EventLexicon.class.getClassLoader(), "org/newsgraph/pipeline/event/" + file);
    }

    @Test
    void everyPloverTypeHasVerbAndNounTriggers() {
        EnumSet<PloverType> verbs = EnumSet.noneOf(PloverType.class);
        EnumSet<PloverType> nouns = EnumSet.noneOf(PloverType.class);
        for (String[] row : rows("plover-triggers.tsv")) {
            PloverType type = PloverType.valueOf(row[2]);
            if (row[1].contains("V")) {
                verbs.add(type);
            }
            if (row[1].contains("N")) {
                nouns.add(type);
            }
        }
        assertThat(verbs).isEqualTo(EnumSet.allOf(PloverType.class));
        assertThat(nouns).isEqualTo(EnumSet.allOf(PloverType.class));
    }

    @Test
    void modesArePloversAndCameoCodesAreThreeOrFourDigits() {
        List<String> bad = new ArrayList<>();
        for (String file : List.of("plover-triggers.tsv", "content-modes.tsv")) {
            for (String[] row : rows(file)) {
                boolean triggers = file.startsWith("plover");
                PloverType type = PloverType.valueOf(triggers ? row[2] : row[0]);
                String mode = triggers ? row[3] : row[2];
                String cameo = triggers ? row[4] : row[3];
                boolean modeOk = mode.equals("-") || MODES.getOrDefault(type, Set.of()).contains(mode);
                if (!modeOk || !cameo.matches("\\d{3,4}")) {
                    bad.add(String.join(" ", row));
                }
            }
        }
        for (String[] row : rows("instruments.tsv")) {
            if (!MODES.get(PloverType.ASSAULT).contains(row[1]) || !row[2].matches("\\d{3,4}")) {
                bad.add(String.join(" ", row));
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyRowHasItsColumnsAndKnownConditionsAndStatuses() {
        for (String[] row : rows("plover-triggers.tsv")) {
            assertThat(row).as(String.join(" ", row)).hasSize(6);
            assertThat(row[1]).isIn("V", "N", "VN");
            if (!row[5].equals("-")) {
                for (String c : row[5].split(",")) {
                    assertThat(Condition.parse(c)).isNotNull();
                }
            }
        }
        for (String[] row : rows("status-words.tsv")) {
            assertThat(row[1]).isIn("modifier", "governor", "negation", "purpose");
            assertThat(EventStatus.valueOf(row[2])).isNotNull();
        }
    }

    @Test
    void lookupsAreCaseInsensitiveAndTwoWordKeysAreFound() {
        EventLexicon lexicon = EventLexicon.get();
        assertThat(lexicon.singles("Arrest")).extracting(TriggerEntry::type).containsOnly(PloverType.COERCE);
        assertThat(lexicon.pairs("air", "strike")).extracting(TriggerEntry::mode).containsExactly("aerial");
        assertThat(lexicon.isEventNoun("airstrike")).isTrue();
        assertThat(lexicon.isEventNoun("bomb")).isFalse();
        assertThat(lexicon.contentMode(PloverType.REQUEST, "talks")).map(EventLexicon.Mode::mode).hasValue("meet");
    }
}
