package org.newsgraph.pipeline.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Timex;

/**
 * Where and when an event happens. The place is a GPE, location or facility after "in/at/near/..."
 * on the trigger or its light verb (looking one step into "in a village near Aleppo"), or the
 * destination of a trip. The time is a resolved date or time (not a vague "now" or a duration)
 * inside the trigger's clause: attached to the trigger, to the noun's light verb or governing verb,
 * or to the verb an infinitive depends on ("plans to visit next week"), never across another clause.
 * Stateless.
 */
final class Circumstances {

    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside", "across",
            "around", "throughout", "within", "through");
    /** Forces are deployed "to" a place. */
    private static final Set<String> MOBILIZE_CASES = Set.of("in", "at", "near", "to", "into", "along");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl",
            "parataxis", "csubj", "conj", "root");
    private static final EntityType[] PLACES = {EntityType.GPE, EntityType.LOCATION, EntityType.FACILITY};

    private Circumstances() {
    }

    static Optional<String> location(DocView v, int t, int clause, TriggerEntry entry) {
        if (entry.conditions().contains(Condition.DEST)) {
            Optional<Integer> dest = Conditions.destination(v, t);
            if (dest.isPresent() && v.hasEntityOf(dest.get(), PLACES)) {
                return v.entity(dest.get()).map(Entity::id);
            }
        }
        Set<String> cases = entry.type() == PloverType.MOBILIZE ? MOBILIZE_CASES : PLACE_CASES;
        List<Integer> heads = new java.util.ArrayList<>(clause == t ? List.of(t) : List.of(t, clause));
        for (int head : heads) {
            for (int m : v.marked(head, cases)) {
                Optional<String> place = place(v, m);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        // "Police in Lagos detained...", "bombed positions in northern Iraq": a place on the participants
        for (int head : heads) {
            for (int a : v.parse().children(head)) {
                String rel = v.parse().relation(a);
                boolean patient = rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod") && v.isNoun(head);
                // a speech act happens where its speaker is, not where what it is about happens
                if (rel.startsWith("nsubj") || patient && !entry.type().isSpeechAct()) {
                    for (int m : v.marked(a, PLACE_CASES)) {
                        Optional<String> place = place(v, m);
                        if (place.isPresent()) {
                            return place;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> place(DocView v, int m) {
        if (v.hasEntityOf(m, PLACES)) {
            return v.entity(m).map(Entity::id);
        }
        for (int inner : v.marked(m, Set.of("in", "near", "of", "outside"))) {
            if (v.hasEntityOf(inner, PLACES)) {
                return v.entity(inner).map(Entity::id);
            }
        }
        for (int appos : v.children(m, "appos")) {
            if (v.hasEntityOf(appos, PLACES)) {
                return v.entity(appos).map(Entity::id);
            }
        }
        return Optional.empty();
    }

    /** The first dated timex in the clause of the trigger (or of {@code clause}, its verb). */
    static Optional<Timex> time(DocView v, int t, int clause) {
        int governor = v.parse().relation(clause).equals("xcomp") ? v.parse().head(clause) : -1;
        for (Timex x : v.doc().timexes()) {
            if (!isDated(x)) {
                continue;
            }
            int head = headOf(v, x);
            if (head >= 0 && (attached(v, head, t) || attached(v, head, clause)
                    || governor >= 0 && v.parse().head(head) == governor)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private static boolean isDated(Timex x) {
        return (x.type().equals("DATE") || x.type().equals("TIME")) && !x.value().endsWith("_REF")
                && Character.isDigit(x.value().isEmpty() ? 'x' : x.value().charAt(0));
    }

    private static int headOf(DocView v, Timex x) {
        int first = -1;
        int end = -1;
        for (int i = 0; i < v.size(); i++) {
            if (v.token(i).start() < x.span().end() && x.span().start() < v.token(i).end()) {
                first = first < 0 ? i : first;
                end = i + 1;
            }
        }
        return first < 0 ? -1 : v.parse().headOf(first, end);
    }

    /** True if {@code token} hangs on {@code root} without crossing the head of another clause. */
    private static boolean attached(DocView v, int token, int root) {
        int node = token;
        for (int steps = 0; steps < 6 && node >= 0; steps++) {
            if (node == root) {
                return true;
            }
            if (node != token && CLAUSE_RELATIONS.contains(v.parse().relation(node))) {
                return false;
            }
            node = v.parse().head(node);
        }
        return false;
    }
}
