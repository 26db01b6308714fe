package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventActor;

/**
 * Finds who does what to whom. For a verb: the subject is the source (for a passive, the "by" agent;
 * for an infinitive or participle without subject, the controlling subject or object; for a weapon,
 * the state its demonym names: "Russian missiles struck"), the object and "with/to/against/on/at/into
 * X" are targets, and a threat, accusation or request with no object targets the subject of its
 * clause ("warned that North Korea will...") or the object of its content ("threatened to attack
 * Seoul"). A trip's target is its destination. For a noun: "Russia's", "Russian", "US" (compound)
 * and "by X" are sources, or the subject of the light verb that carries it ("launched an attack"); "of
 * X" is a target, or a participant of meetings and protests; an event noun that is the subject of a
 * verb takes that verb's object as target ("an air strike hit a school"). Targets are people,
 * organisations and places, or anything hit, seized or sanctioned. Conjuncts join ("US, Europe and
 * allies"). Stateless.
 */
final class ActorFinder {

    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "advcl", "conj", "acl", "ccomp");
    /** "sought shells from North Korea", "sent aid to Gaza": a recipient named on the object. */
    private static final Set<String> OBJECT_MODIFIER_CASES = Set.of("from", "to", "against");
    private static final Set<EntityType> ACTOR_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GPE, EntityType.LOCATION);
    /** "seized control of Goma", "captured parts of the city": the target is what follows "of". */
    private static final Set<String> PARTITIVES = Set.of("control", "part", "much", "most", "all", "some", "rest");
    private static final Set<PloverType> ADDRESSING = Set.of(PloverType.THREATEN, PloverType.ACCUSE, PloverType.REQUEST);

    private final ActorResolver resolver;
    private final Conditions conditions;
    private final EventLexicon lexicon = EventLexicon.get();

    ActorFinder(ActorResolver resolver, Conditions conditions) {
        this.resolver = resolver;
        this.conditions = conditions;
    }

    List<EventActor> find(DocView v, int t, TriggerEntry entry) {
        Set<Integer> sources = new LinkedHashSet<>();
        Set<Integer> targets = new LinkedHashSet<>();
        List<EventActor> actors = new ArrayList<>();
        if (v.isNominal(t)) {
            nounActors(v, t, entry.type(), sources, targets, actors);
        } else {
            verbActors(v, t, entry.type(), sources, targets);
        }
        if (entry.conditions().contains(Condition.DEST)) {
            targets.clear();
            Conditions.destination(v, t).ifPresent(targets::add);
        }
        // the second word of a two-word trigger is no actor: "state of emergency", "call for"
        sources.removeIf(x -> entry.words().contains(v.lemma(x)));
        targets.removeIf(x -> entry.words().contains(v.lemma(x)));
        for (int s : expand(v, sources, t)) {
            if (isInstrument(v, s)) {
                modifiers(v, s).forEach(m -> resolver.demonym(v, m, ActorRole.SOURCE).ifPresent(actors::add));
            } else {
                actors.addAll(resolver.resolve(v, s, ActorRole.SOURCE));
            }
        }
        expand(v, targets, t).forEach(s -> actors.addAll(resolver.resolve(v, s, ActorRole.TARGET)));
        return dedupe(actors);
    }

    private void verbActors(DocView v, int t, PloverType type, Set<Integer> sources, Set<Integer> targets) {
        for (int s : v.children(t, "nsubj")) {
            (v.parse().relation(s).equals("nsubj:pass") ? targets : sources).add(s);
        }
        boolean passive = !v.children(t, "aux:pass").isEmpty() || !v.children(t, "nsubj:pass").isEmpty()
                || v.parse().relation(t).startsWith("acl") && v.token(t).pos().equals("VBN");
        v.children(t, "obl:agent").forEach(sources::add);
        if (passive) {
            sources.addAll(v.marked(t, Set.of("by")));
        }
        if (sources.isEmpty() && targets.isEmpty()) {
            controller(v, t, sources, targets);
        }
        targets.addAll(targets(v, t, type));
        if (targets.isEmpty() && ADDRESSING.contains(type)) {
            clauseSubject(v, t).ifPresent(targets::add);
            for (int c : v.children(t, "xcomp")) {
                targets.addAll(targets(v, c, PloverType.ASSAULT).stream().filter(x -> isActorLike(v, x)).toList());
            }
        }
        for (int o : v.children(t, "obj")) {
            if (targets.isEmpty()) {
                targets.addAll(v.marked(o, OBJECT_MODIFIER_CASES).stream().filter(x -> isActorLike(v, x)).toList());
            }
            if (targets.isEmpty() && type.isSpeechAct()) {
                targets.addAll(v.children(o, "nmod:poss")); // "criticised Israel's operation"
            }
        }
    }

    /** Objects and obliques that name a target of an event of this type. */
    private List<Integer> targets(DocView v, int t, PloverType type) {
        List<Integer> result = new ArrayList<>();
        if (!type.objectIsContent()) {
            for (int o : v.children(t, "obj")) {
                List<Integer> of = v.marked(o, Set.of("of"));
                result.addAll(PARTITIVES.contains(v.lemma(o)) && !of.isEmpty() ? of : List.of(o));
            }
        }
        result.addAll(v.marked(t, targetCases(type)));
        result.removeIf(x -> type.anyObjectIsTarget() ? isInstrument(v, x) : !isActorLike(v, x));
        return result;
    }

    /** The subject an infinitive, participle or conjunct shares with the clause it hangs on. */
    private static void controller(DocView v, int t, Set<Integer> sources, Set<Integer> targets) {
        int node = t;
        for (int depth = 0; depth < 3; depth++) {
            String rel = v.parse().relation(node);
            int gov = v.parse().head(node);
            if (gov < 0 || !CLAUSE_LINKS.contains(v.parse().baseRelation(node))
                    || rel.startsWith("advcl") && !v.children(node, "aux").isEmpty()) {
                return;
            }
            if (rel.startsWith("acl") && v.token(node).pos().equals("VB")) {
                // "used tear gas to disperse protesters": the subject of the verb the noun hangs on
                int verb = v.parse().head(gov);
                if (verb >= 0 && v.isVerb(verb)) {
                    v.children(verb, "nsubj").stream().filter(s -> !v.parse().relation(s).equals("nsubj:pass"))
                            .forEach(sources::add);
                }
                return;
            }
            if (rel.startsWith("acl") && v.children(gov, "cop").isEmpty()) {
                boolean passive = v.token(node).pos().equals("VBN");
                (passive ? targets : sources).add(gov);
                return;
            }
            List<Integer> objects = v.children(gov, "obj");
            if (rel.equals("xcomp") && !objects.isEmpty()) {
                sources.add(objects.get(0));
                return;
            }
            for (int s : v.children(gov, "nsubj")) {
                (v.parse().relation(s).equals("nsubj:pass") && !rel.equals("xcomp") ? targets : sources).add(s);
            }
            if (!sources.isEmpty() || !targets.isEmpty()) {
                return;
            }
            node = gov;
        }
    }

    /** The subject of the clause a speech act introduces: "warned that North Korea will pay". */
    private static Optional<Integer> clauseSubject(DocView v, int t) {
        for (int c : v.parse().children(t)) {
            String rel = v.parse().baseRelation(c);
            if (rel.equals("ccomp") || rel.equals("advcl") && v.caseOf(c).equals("as")) {
                for (int s : v.children(c, "nsubj")) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    private void nounActors(DocView v, int trigger, PloverType type, Set<Integer> sources, Set<Integer> targets,
            List<EventActor> extra) {
        int t = v.standIn(trigger);
        v.children(t, "nmod:poss").forEach(sources::add);
        sources.addAll(v.marked(t, Set.of("by", "between")));
        List<Integer> modifiers = new ArrayList<>(modifiers(v, t));
        if (t != trigger) {
            modifiers.addAll(modifiers(v, trigger));
            modifiers.remove(Integer.valueOf(trigger));
        }
        for (int m : modifiers) {
            if (v.entity(m).filter(e -> ACTOR_TYPES.contains(e.type())).isPresent()) {
                sources.add(m);
            } else {
                resolver.demonym(v, m, ActorRole.SOURCE).ifPresent(extra::add);
            }
        }
        List<Integer> of = v.marked(t, Set.of("of"));
        if (type.ofNamesParticipants()) {
            of.stream().filter(x -> isActorLike(v, x)).forEach(sources::add);
        } else {
            of.stream().filter(x -> type.anyObjectIsTarget() || isActorLike(v, x)).forEach(targets::add);
        }
        Set<String> cases = new HashSet<>(targetCases(type));
        cases.remove("of");
        v.marked(t, cases).stream().filter(x -> type.anyObjectIsTarget() ? !isInstrument(v, x) : isActorLike(v, x))
                .forEach(targets::add);
        int gov = v.parse().head(t);
        if (gov < 0 || !v.isVerb(gov)) {
            return;
        }
        String rel = v.parse().relation(t);
        if (EventExtractor.carries(v, gov, t)) {
            sources.addAll(v.marked(gov, Set.of("between"))); // "fighting broke out between X and Y"
            if (sources.isEmpty() && extra.isEmpty()) {
                verbActors(v, gov, type, sources, new LinkedHashSet<>());
            }
            targets.addAll(targets(v, gov, type).stream().filter(x -> x != t).toList());
        } else if (sources.isEmpty() && extra.isEmpty() && instigates(v, gov, rel)) {
            v.children(gov, "nsubj").stream().filter(s -> !v.parse().relation(s).equals("nsubj:pass"))
                    .findFirst().ifPresent(sources::add);
        } else if (rel.equals("nsubj")) {
            targets.addAll(targets(v, gov, PloverType.ASSAULT).stream().filter(x -> x != t).toList());
        } else if (type.ofNamesParticipants() && sources.isEmpty() && extra.isEmpty()) {
            v.children(gov, "nsubj").stream().filter(s -> !v.parse().relation(s).equals("nsubj:pass"))
                    .findFirst().ifPresent(sources::add);
        }
    }

    /**
     * Verbs whose subject sets off the event their object names: "Putin ordered an invasion",
     * "Hamas threatened new attacks". Not "call for": who calls for a ceasefire or an inquiry does not
     * carry it out.
     */
    private static final Set<String> INSTIGATORS = Set.of("order", "authorize", "authorise", "command", "plan",
            "prepare", "threaten", "orchestrate", "mastermind");

    private static boolean instigates(DocView v, int gov, String rel) {
        return INSTIGATORS.contains(v.lemma(gov)) && rel.equals("obj");
    }

    /** Modifiers before a noun: "Russian" and "US" in "Russian missiles", "US sanctions". */
    private static List<Integer> modifiers(DocView v, int noun) {
        List<Integer> result = new ArrayList<>();
        for (int m : v.parse().children(noun)) {
            String rel = v.parse().relation(m);
            if (m < noun && (rel.equals("amod") || rel.equals("compound"))) {
                result.add(m);
            }
        }
        return result;
    }

    private boolean isInstrument(DocView v, int token) {
        return (lexicon.instrument(v.lemma(token)).isPresent() || v.hasEntityOf(token, EntityType.WEAPON))
                && !conditions.isPerson(v, token);
    }

    private boolean isActorLike(DocView v, int token) {
        return v.entity(token).filter(e -> ACTOR_TYPES.contains(e.type())).isPresent() || conditions.isPerson(v, token);
    }

    static Set<String> targetCases(PloverType type) {
        if (type == PloverType.MOBILIZE) {
            return Set.of("against", "on", "toward", "towards"); // forces go "to" a place, not a target
        }
        Set<String> cases = new HashSet<>(Set.of("with", "against", "on", "upon", "at", "into", "to", "toward",
                "towards"));
        if (type == PloverType.REQUEST || type == PloverType.RETREAT) {
            cases.add("from");
        }
        if (type == PloverType.AID) {
            cases.add("for");
        }
        return cases;
    }

    /** Heads with their conjuncts, without the trigger itself. */
    private static List<Integer> expand(DocView v, Set<Integer> heads, int trigger) {
        Set<Integer> all = new LinkedHashSet<>();
        for (int h : heads) {
            all.addAll(v.withConjuncts(h));
        }
        all.remove(trigger);
        return new ArrayList<>(all);
    }

    private static List<EventActor> dedupe(List<EventActor> actors) {
        List<EventActor> result = new ArrayList<>();
        for (EventActor a : actors) {
            boolean known = result.stream().anyMatch(r -> r.role() == a.role() && (a.entity() != null
                    ? a.entity().equals(r.entity()) : r.entity() == null && r.span().equals(a.span())));
            if (!known) {
                result.add(a);
            }
        }
        return result;
    }
}
