package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Types a trigger with the PLOVER lexicon: the most specific entry whose part of speech and
 * conditions fit ("air strike" before "strike"), then a mode from what is requested, refused or
 * threatened ("called for talks" = REQUEST meet), from the instrument of an assault ("fired rockets" =
 * heavy-weapons), and characterisations ("described it as a failure" = ACCUSE disapprove). A light
 * verb whose object is an event noun ("held talks") is not typed: the noun is. Stateless.
 */
final class TriggerTyper {

    /** The relations by which a participle or clause trigger hangs off a verb ({@link #clauseHead}). */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "acl", "dep", "conj", "xcomp");
    private static final Set<String> MEETING_WORDS = Set.of("conference", "forum", "session", "ceremony", "assembly",
            "congress", "funeral", "inauguration", "convention", "gathering");
    private static final Set<String> MILITARY_WORDS = Set.of("troop", "force", "soldier", "army", "tank", "warship",
            "ship", "missile", "weapon", "artillery", "unit", "battalion", "brigade", "division", "reservist", "jet",
            "aircraft", "police", "militia");

    private final EventLexicon lexicon;
    private final Conditions conditions;
    private final ModeRefiner refiner;

    TriggerTyper(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.conditions = new Conditions(lexicon);
        this.refiner = new ModeRefiner(lexicon);
    }

    Optional<TriggerEntry> type(DocView v, Trigger trigger) {
        int t = trigger.token();
        boolean verb = trigger.kind() == TriggerKind.VERB;
        boolean noun = trigger.kind() == TriggerKind.NOUN;
        List<TriggerEntry> pairs = pairEntries(v, t);
        // A light verb gives way to its event noun ("held talks"), unless the two make a pair of their
        // own ("reached a truce": an agreement, where "truce" alone is a ceasefire).
        if (!verb && !noun || verb && pairs.isEmpty() && carriesEventNoun(v, t)) {
            return Optional.empty();
        }
        Optional<TriggerEntry> found = first(v, t, pairs, verb);
        if (found.isEmpty() && verb) {
            found = characterisation(v, t);
        }
        if (found.isEmpty()) {
            List<TriggerEntry> singles = new ArrayList<>(lexicon.singles(v.lemma(t)));
            if (!v.word(t).equals(v.lemma(t))) {
                singles.addAll(lexicon.singles(v.word(t)));
            }
            found = first(v, t, singles, verb);
        }
        if (found.isPresent() && found.get().type() == PloverType.ASSAULT && causedByHazard(v, t)) {
            return Optional.empty();
        }
        return found.map(e -> refiner.refine(v, t, e));
    }

    /**
     * A disaster, not an assault: the trigger's cause is a natural or accidental hazard, as its active
     * subject ("an earthquake struck", "landslides that killed 15"), its passive agent ("killed by floods"), an "in" oblique of a
     * verb ("died in a crash", "were killed in the fire") or a modifier of a noun ("a gas explosion");
     * or the trigger is a participle or clause hanging off a verb whose subject is a hazard ("an
     * earthquake struck the north, killing 40 people"; "a bus crashed and killed twelve"), or it has
     * such a clause ("were killed when a building collapsed").
     */
    private boolean causedByHazard(DocView v, int t) {
        int clause = clauseHead(v, t);
        if (clause >= 0 && (hazardVerb(v, clause) || subjectIsHazard(v, clause))) {
            return true;
        }
        for (int c : v.parse().children(t)) {
            String rel = v.parse().relation(c);
            // "nine people were killed when a building collapsed", "... when a storm hit the coast"
            if (rel.startsWith("advcl") && v.isVerb(c) && (hazardVerb(v, c) || subjectIsHazard(v, c))) {
                return true;
            }
            boolean cause = rel.equals("nsubj") || rel.equals("obl:agent")
                    || rel.startsWith("obl") && v.caseOf(c).equals("in") && !v.isNoun(t)
                    || v.isNoun(t) && (rel.equals("compound") || rel.equals("amod"));
            if (cause && lexicon.isHazard(v.lemma(antecedent(v, c)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun a relative pronoun stands for ("landslides" for "that" in "landslides that killed 15"),
     * else the token itself.
     */
    private static int antecedent(DocView v, int token) {
        String pos = v.token(token).pos();
        int clause = v.parse().head(token);
        boolean relative = (pos.equals("WDT") || pos.equals("WP")) && clause >= 0
                && v.parse().relation(clause).equals("acl:relcl");
        return relative ? v.parse().head(clause) : token;
    }

    /**
     * The verb a participle or clause trigger hangs off ("struck" for "killing" in "an earthquake
     * struck the north, killing 40": the parser attaches it to the verb, to "north" as a clause, or
     * loosely), or -1 if the trigger is not such a clause.
     */
    private static int clauseHead(DocView v, int t) {
        if (!v.isVerb(t) || !CLAUSE_RELATIONS.contains(v.parse().baseRelation(t))) {
            return -1;
        }
        int head = v.parse().head(t);
        for (int step = 0; head >= 0 && step < 3; step++) {
            if (v.isVerb(head)) {
                return head;
            }
            head = v.parse().head(head);
        }
        return -1;
    }

    /** "crashed", "derailed", but not "fired": a hazard's verb that is no assault's. */
    private boolean hazardVerb(DocView v, int verb) {
        String lemma = v.lemma(verb);
        return lexicon.isHazard(lemma)
                && lexicon.singles(lemma).stream().noneMatch(e -> e.verb() && e.type() == PloverType.ASSAULT);
    }

    private boolean subjectIsHazard(DocView v, int verb) {
        for (int c : v.children(verb, "nsubj")) {
            if (lexicon.isHazard(v.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** True for a light verb with an event noun as object: "held talks", "carried out an attack". */
    private boolean carriesEventNoun(DocView v, int t) {
        if (!lexicon.isLightVerb(v.lemma(t))) {
            return false;
        }
        for (int o : v.children(t, "obj")) {
            if (lexicon.singles(v.lemma(o)).stream().anyMatch(TriggerEntry::noun)
                    || lexicon.singles(v.word(o)).stream().anyMatch(TriggerEntry::noun)) {
                return true;
            }
        }
        return false;
    }

    private List<TriggerEntry> pairEntries(DocView v, int t) {
        if (!lexicon.inPair(v.lemma(t)) && !lexicon.inPair(v.word(t))) {
            return List.of();
        }
        List<TriggerEntry> result = new ArrayList<>();
        for (int d : v.parse().children(t)) {
            String rel = v.parse().baseRelation(d);
            if (rel.equals("punct") || rel.equals("det")) {
                continue;
            }
            result.addAll(lexicon.pairs(v.lemma(t), v.lemma(d)));
            result.addAll(lexicon.pairs(v.lemma(t), v.word(d)));
            if (rel.equals("obl") || rel.equals("nmod")) {
                result.addAll(lexicon.pairs(v.lemma(t), v.caseOf(d)));
            }
            if (d < t) {
                result.addAll(lexicon.pairs(v.lemma(d), v.lemma(t)));
                result.addAll(lexicon.pairs(v.word(d), v.word(t)));
            }
        }
        return result;
    }

    private Optional<TriggerEntry> first(DocView v, int t, List<TriggerEntry> entries, boolean verb) {
        for (TriggerEntry e : entries) {
            if ((verb ? e.verb() : e.noun()) && conditions.hold(v, t, e.conditions())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** "described the visit as a failure": a characterising verb with an evaluative complement. */
    private Optional<TriggerEntry> characterisation(DocView v, int t) {
        if (!lexicon.evaluation(v.lemma(t)).filter("verb"::equals).isPresent()) {
            return Optional.empty();
        }
        for (int c : v.parse().children(t)) {
            String rel = v.parse().relation(c);
            boolean complement = rel.equals("xcomp") || (rel.startsWith("advcl") || rel.startsWith("obl"))
                    && v.caseOf(c).equals("as");
            if (!complement) {
                continue;
            }
            Optional<String> tone = Subtrees.tokens(v.parse(), c, 4).stream()
                    .map(i -> lexicon.evaluation(v.lemma(i)).or(() -> lexicon.evaluation(v.word(i))).orElse(""))
                    .filter(s -> s.equals("negative") || s.equals("positive")).findFirst();
            if (tone.isPresent()) {
                boolean negative = tone.get().equals("negative");
                return Optional.of(new TriggerEntry(List.of(v.lemma(t)), true, false,
                        negative ? PloverType.ACCUSE : PloverType.SUPPORT, negative ? "disapprove" : null,
                        negative ? "111" : "051", Set.of()));
            }
        }
        return Optional.empty();
    }

    static boolean isMeetingWord(DocView v, int token) {
        return MEETING_WORDS.contains(v.lemma(token)) || v.hasEntityOf(token, EntityType.EVENT);
    }

    static boolean isMilitaryWord(DocView v, int token) {
        return MILITARY_WORDS.contains(v.lemma(token));
    }
}
