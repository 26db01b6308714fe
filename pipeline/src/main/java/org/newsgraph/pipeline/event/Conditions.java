package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;

/** Checks the syntactic conditions of lexicon entries, and finds destinations. Stateless. */
final class Conditions {

    static final Set<String> TARGET_CASES = Set.of("on", "upon", "against", "at", "into");
    private static final Set<String> ROADS = Set.of("road", "highway", "motorway", "street", "bridge", "crossing",
            "railway", "rail", "port", "entrance", "access", "traffic", "junction", "roundabout");
    private static final Set<String> ONE_SIDED = Set.of("unilateral", "one-sided");
    private static final Set<String> DESTINATION_CASES = Set.of("to", "in", "at", "into", "for");
    private static final EntityType[] PLACES_AND_ACTORS = {EntityType.GPE, EntityType.LOCATION, EntityType.FACILITY,
            EntityType.ORGANIZATION, EntityType.PERSON};

    private final EventLexicon lexicon;

    Conditions(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean hold(DocView v, int t, Set<Condition> conditions) {
        for (Condition c : conditions) {
            if (!holds(v, t, c)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(DocView v, int t, Condition c) {
        return switch (c) {
            case DEST -> destination(v, t).isPresent();
            case OBJ -> !objects(v, t).isEmpty();
            case NOOBJ -> objects(v, t).isEmpty();
            case TARGET -> !v.marked(t, TARGET_CASES).isEmpty();
            case NOTARGET -> v.marked(t, TARGET_CASES).isEmpty();
            case XCOMP -> !v.children(t, "xcomp").isEmpty() || !v.children(t, "ccomp").isEmpty();
            case ACTIVE -> !v.children(t, "nsubj").stream().allMatch(s -> v.parse().relation(s).equals("nsubj:pass"))
                    && !v.parse().relation(t).equals("amod");
            case CAPTIVE -> patients(v, t).stream().anyMatch(p -> isPerson(v, p));
            case MEETING -> objects(v, t).stream().anyMatch(o -> TriggerTyper.isMeetingWord(v, o));
            case MILITARY -> objects(v, t).stream().anyMatch(o -> TriggerTyper.isMilitaryWord(v, o));
            case ROAD -> objects(v, t).stream().anyMatch(o -> ROADS.contains(v.lemma(o)));
            case UNILATERAL -> unilateral(v, t);
        };
    }

    /**
     * True if one party alone makes the event noun {@code t}: it is "unilateral" or "one-sided", or it
     * has no "between X and Y" and is the object of a verb whose one subject is neither conjoined
     * nor plural ("Russia declared a ceasefire", not "the two sides declared a ceasefire").
     */
    private static boolean unilateral(DocView v, int t) {
        if (v.children(t, "amod").stream().anyMatch(a -> ONE_SIDED.contains(v.lemma(a)))) {
            return true;
        }
        int verb = v.parse().head(t);
        if (!v.marked(t, Set.of("between")).isEmpty() || verb < 0 || !v.parse().relation(t).equals("obj")) {
            return false;
        }
        List<Integer> subjects = v.children(verb, "nsubj");
        return subjects.size() == 1 && v.children(subjects.get(0), "conj").isEmpty()
                && !v.token(subjects.get(0)).pos().startsWith("NNS") && !v.token(subjects.get(0)).pos().equals("NNPS");
    }

    /** Direct objects of a verb; the "of" modifier of a noun ("the release of prisoners"). */
    static List<Integer> objects(DocView v, int t) {
        if (v.isNoun(t)) {
            return v.marked(t, Set.of("of"));
        }
        return v.children(t, "obj");
    }

    /** What undergoes the event: objects, and the subject of a passive ("hostages were freed"). */
    static List<Integer> patients(DocView v, int t) {
        List<Integer> result = new ArrayList<>(objects(v, t));
        for (int s : v.children(t, "nsubj:pass")) {
            result.add(s);
        }
        if (v.parse().relation(t).equals("acl") && v.token(t).pos().equals("VBN")) {
            result.add(v.parse().head(t));
        }
        return result;
    }

    boolean isPerson(DocView v, int token) {
        return v.hasEntityOf(token, EntityType.PERSON) || lexicon.isPeopleNoun(v.lemma(token));
    }

    /**
     * Where a trip goes: a place, organisation or person after "to/in/at/into/for", the object ("visited
     * Moscow"), or the "to" of the object ("boarded a train to Moscow").
     */
    static Optional<Integer> destination(DocView v, int t) {
        for (int m : v.marked(t, DESTINATION_CASES)) {
            if (v.hasEntityOf(m, PLACES_AND_ACTORS)) {
                return Optional.of(m);
            }
        }
        for (int o : objects(v, t)) {
            if (v.hasEntityOf(o, PLACES_AND_ACTORS)) {
                return Optional.of(o);
            }
            for (int m : v.marked(o, Set.of("to", "for"))) {
                if (v.hasEntityOf(m, PLACES_AND_ACTORS)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }
}
