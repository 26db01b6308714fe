package org.newsgraph.server.pictures;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of the pictures: one per PLOVER event type (greens and blues for cooperation, reds
 * and oranges for conflict, darker for material than for verbal acts), one for quotes and one for
 * co-mentions, and one per entity type for the nodes. Unknown kinds are grey. Stateless.
 */
public final class Colours {

    /** The colour of a kind no table names. */
    public static final String OTHER = "#7f8c8d";

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("AGREE", "#2e86c1"), Map.entry("CONSULT", "#5dade2"), Map.entry("SUPPORT", "#1abc9c"),
            Map.entry("CONCEDE", "#76d7c4"), Map.entry("COOPERATE", "#1e8449"), Map.entry("AID", "#52be80"),
            Map.entry("RETREAT", "#a9cce3"), Map.entry("REQUEST", "#f5b041"), Map.entry("ACCUSE", "#e67e22"),
            Map.entry("REJECT", "#d4ac0d"), Map.entry("THREATEN", "#ca6f1e"), Map.entry("PROTEST", "#ec7063"),
            Map.entry("SANCTION", "#a93226"), Map.entry("MOBILIZE", "#cb4335"), Map.entry("COERCE", "#922b21"),
            Map.entry("ASSAULT", "#641e16"), Map.entry("quotes", "#8e44ad"), Map.entry("mentions", "#bdc3c7"));

    private static final Map<String, String> ENTITIES = Map.of("PERSON", "#2a6fdb", "ORGANIZATION", "#8e44ad",
            "GPE", "#16a085", "LOCATION", "#27ae60", "FACILITY", "#b7791f");

    /** The kinds in the order legends list them: PLOVER's cooperation, then conflict, then quotes and mentions. */
    private static final List<String> ORDER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT", "quotes", "mentions");

    private Colours() {
    }

    /** The colour of an edge or bar of this kind: a PLOVER type (any case), {@code quotes} or {@code mentions}. */
    public static String ofKind(String kind) {
        String colour = KINDS.get(kind);
        return colour != null ? colour : KINDS.getOrDefault(kind.toUpperCase(Locale.ROOT), OTHER);
    }

    /**
     * The kinds in legend order: PLOVER types from cooperation to conflict, then quotes and mentions,
     * then the others alphabetically.
     */
    public static List<String> inLegendOrder(Collection<String> kinds) {
        return kinds.stream().distinct().sorted(Comparator.comparingInt((String k) -> {
            int at = ORDER.indexOf(k);
            return at < 0 ? ORDER.size() : at;
        }).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** The colour of a node of this entity type (PERSON, ORGANIZATION, GPE...). */
    public static String ofEntity(String type) {
        return ENTITIES.getOrDefault(type.toUpperCase(Locale.ROOT), OTHER);
    }
}
