package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refines a typed trigger's mode from its syntax: what a request, rejection, agreement or threat is
 * about ("called for talks" = REQUEST meet, "vowed to attack" = THREATEN violence), the instrument
 * of an assault ("fired rockets", "a drone hit", "with knives", "a suicide bomber"), and what is
 * mobilised ("deployed two aircraft carriers" = weapons). Stateless.
 */
final class ModeRefiner {

    private static final Set<String> WEAPONS = Set.of("carrier", "warship", "ship", "submarine", "destroyer",
            "frigate", "weapon", "system", "battery", "launcher", "vessel");

    private final EventLexicon lexicon;

    ModeRefiner(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    TriggerEntry refine(DocView v, int t, TriggerEntry e) {
        if (e.type().takesContent()) {
            return byContent(v, t, e);
        }
        if (e.type() == PloverType.ASSAULT && (e.mode() == null || e.mode().equals("explosives"))) {
            for (int i : instrumentSlots(v, t)) {
                Optional<EventLexicon.Mode> m = lexicon.instrument(v.lemma(i));
                if (m.isPresent() && v.children(i, "compound").stream().anyMatch(c -> v.lemma(c).equals("suicide"))) {
                    return e.retyped(e.type(), "suicide-attack", "1831");
                }
                if (m.isPresent() && (e.mode() == null || m.get().mode().equals("aerial") || m.get().mode().equals("drone"))) {
                    return e.retyped(e.type(), m.get().mode(), m.get().cameo());
                }
            }
        }
        if (e.type() == PloverType.MOBILIZE && "troops".equals(e.mode())) {
            for (int o : v.children(t, "obj")) {
                if (lexicon.instrument(v.lemma(o)).isPresent() || WEAPONS.contains(v.lemma(o))) {
                    return e.retyped(e.type(), "weapons", "150");
                }
                if (v.lemma(o).equals("police") || v.lemma(o).equals("policeman")) {
                    return e.retyped(e.type(), "police", "153");
                }
            }
        }
        return e;
    }

    /**
     * The tokens that say what is requested, refused, agreed, threatened or cut: objects, complements,
     * "for/of/to/on X" ("agreed on a truce"), their conjuncts and the modifiers of a noun among them ("insights ... along with
     * food aid").
     */
    static List<Integer> contents(DocView v, int t) {
        List<Integer> result = new ArrayList<>(v.children(t, "obj"));
        result.addAll(v.children(t, "xcomp"));
        result.addAll(v.children(t, "ccomp"));
        result.addAll(v.marked(t, Set.of("for", "of", "to", "on")));
        if (v.isNoun(t)) {
            result.addAll(v.children(t, "compound")); // "a ceasefire agreement"
        }
        for (int x : v.children(t, "xcomp")) {
            result.addAll(v.children(x, "obj")); // "agreed to resume talks"
        }
        for (int o : List.copyOf(result)) {
            result.addAll(v.children(o, "conj"));
            if (v.isNoun(o)) {
                result.addAll(v.children(o, "nmod"));
            }
        }
        return result;
    }

    private TriggerEntry byContent(DocView v, int t, TriggerEntry e) {
        for (int c : contents(v, t)) {
            Optional<EventLexicon.Mode> listed = lexicon.contentMode(e.type(), v.lemma(c))
                    .or(() -> lexicon.contentMode(e.type(), v.word(c)));
            if (listed.isPresent()) {
                String mode = listed.get().mode().equals("-") ? null : listed.get().mode();
                return e.retyped(e.type(), mode, listed.get().cameo());
            }
            Optional<PloverType> content = contentType(v, c);
            if (content.isPresent()) {
                Optional<TriggerEntry> derived = derive(e, content.get());
                if (derived.isPresent()) {
                    return derived.get();
                }
            }
        }
        return e;
    }

    private Optional<PloverType> contentType(DocView v, int c) {
        List<TriggerEntry> entries = new ArrayList<>(lexicon.singles(v.lemma(c)));
        entries.addAll(lexicon.singles(v.word(c)));
        boolean verb = v.isVerb(c);
        return entries.stream().filter(x -> verb ? x.verb() : x.noun()).map(TriggerEntry::type).findFirst();
    }

    /** The mode a content event gives its request, rejection, agreement or threat. */
    static Optional<TriggerEntry> derive(TriggerEntry e, PloverType content) {
        boolean assist = content == PloverType.AID || content == PloverType.COOPERATE;
        boolean meet = content == PloverType.CONSULT;
        boolean yield = content == PloverType.RETREAT || content == PloverType.CONCEDE;
        boolean force = content == PloverType.ASSAULT || content == PloverType.COERCE;
        return switch (e.type()) {
            case REQUEST -> assist ? Optional.of(e.retyped(e.type(), "assist", "103"))
                    : meet ? Optional.of(e.retyped(e.type(), "meet", "106"))
                    : yield ? Optional.of(e.retyped(e.type(), "yield", "105")) : Optional.empty();
            case REJECT -> assist ? Optional.of(e.retyped(e.type(), "assist", "121"))
                    : meet ? Optional.of(e.retyped(e.type(), "meet", "125"))
                    : yield ? Optional.of(e.retyped(e.type(), "yield", "124")) : Optional.empty();
            case THREATEN -> force ? Optional.of(e.retyped(e.type(), "violence", "138"))
                    : content == PloverType.SANCTION ? Optional.of(e.retyped(e.type(), "restrict", "1312"))
                    : Optional.empty();
            case SANCTION -> assist || meet ? Optional.of(e) : Optional.empty();
            case CONCEDE -> force || content == PloverType.SANCTION ? Optional.of(e) : Optional.empty();
            case AGREE -> content == PloverType.AGREE ? Optional.of(e)
                    : force ? Optional.of(e.retyped(PloverType.THREATEN, "violence", "138"))
                    : content == PloverType.AID ? Optional.of(e.retyped(e.type(), null, "033"))
                    : assist ? Optional.of(e.retyped(e.type(), null, "031"))
                    : meet ? Optional.of(e.retyped(e.type(), null, "036"))
                    : yield ? Optional.of(e.retyped(e.type(), null, "035")) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static List<Integer> instrumentSlots(DocView v, int t) {
        List<Integer> result = new ArrayList<>(v.children(t, "nsubj"));
        result.addAll(v.children(t, "obj"));
        result.addAll(v.marked(t, Set.of("with", "by", "using")));
        result.addAll(v.children(t, "compound"));
        result.addAll(v.children(t, "amod"));
        return result;
    }
}
