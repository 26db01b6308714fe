package org.newsgraph.pipeline.event;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * What the grammar of a clause says about an event: negation, conditionals, modals, the future, the
 * progressive, status words ("alleged", "upcoming", "plans to", "refused to"), events "before" or
 * "ahead of" the clause's own, and speech acts in the first person ("I would characterise it as..."
 * performs the act: it occurred). Two rules hold in quotations and reported speech alike: an
 * infinitive of purpose ("travelled to Moscow to meet Putin", "in order to ask for help") is an aim,
 * planned; an event asked about in a yes-no question ("Will they attack?", "Did the talks fail?") is
 * hypothetical, while a wh-question ("Who attacked the convoy?") takes its event as given. Stateless.
 */
final class Tense {

    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "should", "must", "can", "ca");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> CONTROL = Set.of("xcomp", "ccomp");
    /** The prepositions that make a noun the complement of a governing verb: "call for talks", "agree to talks". */
    private static final Set<String> NOUN_COMPLEMENT_CASES = Set.of("for", "to");
    /** "before the talks", "ahead of the visit", "prior to the meeting": after the clause's time. */
    private static final Set<String> BEFORE = Set.of("before", "ahead", "prior");
    /** The words that open a question which takes its event as given. */
    private static final Set<String> WH = Set.of("who", "whom", "whose", "what", "which", "when", "where", "why",
            "how");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "or", "then");
    /** Tokens that close the stretch of a sentence a question mark can belong to. */
    private static final Set<String> STOPS = Set.of(".", "!", ";", ":");
    /** Tokens that open a quotation or a clause a question may start at. */
    private static final Set<String> OPENINGS = Set.of("\"", "``", "“", "'", "‘", ":", ";", ",", "-", "--", "—");

    private final EventLexicon lexicon;

    Tense(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The status the grammar gives the event of trigger {@code t} whose clause verb is {@code clause}
     * (the trigger itself for a verb; the light or governing verb of a noun, or -1).
     */
    EventStatus status(DocView v, int t, int clause, boolean speechAct) {
        if (negated(v, t) || clause >= 0 && clause != t && negated(v, clause)) {
            return EventStatus.DENIED;
        }
        Optional<EventStatus> modifier = modifier(v, t).or(() -> clause >= 0 ? modifier(v, clause) : Optional.empty());
        if (modifier.isPresent()) {
            return modifier.get();
        }
        if (inYesNoQuestion(v, t)) {
            return EventStatus.HYPOTHETICAL;
        }
        if (clause < 0) {
            return EventStatus.OCCURRED;
        }
        EventStatus status = clauseStatus(v, clause, speechAct, 0);
        Optional<EventStatus> object = governedNoun(v, t, clause);
        // A modal or an allegation on the clause ("may be preparing a test") outranks its verb.
        if (object.isPresent() && status != EventStatus.HYPOTHETICAL && status != EventStatus.ALLEGED) {
            return object.get();
        }
        boolean earlier = v.isNoun(t) && BEFORE.contains(v.caseOf(t));
        return earlier && (status == EventStatus.OCCURRED || status == EventStatus.ONGOING) ? EventStatus.PLANNED : status;
    }

    private EventStatus clauseStatus(DocView v, int c, boolean speechAct, int depth) {
        if (conditional(v, c)) {
            return EventStatus.HYPOTHETICAL;
        }
        if (headlineInfinitive(v, c)) {
            return EventStatus.PLANNED;
        }
        Optional<EventStatus> governed = governed(v, c);
        if (governed.isPresent()) {
            return governed.get();
        }
        if (purpose(v, c)) {
            return EventStatus.PLANNED;
        }
        boolean perfect = false;
        boolean be = false;
        for (int a : v.children(c, "aux")) {
            String word = v.word(a);
            if (FUTURE.contains(word)) {
                return EventStatus.PLANNED;
            }
            if (word.equals("would")) {
                return speechAct && firstPerson(v, c) ? EventStatus.OCCURRED : EventStatus.PLANNED;
            }
            if (POSSIBLE.contains(word)) {
                return v.children(c, "aux").stream().anyMatch(x -> v.lemma(x).equals("have"))
                        ? EventStatus.ALLEGED : EventStatus.HYPOTHETICAL;
            }
            perfect |= v.lemma(a).equals("have");
            be |= PRESENT_BE.contains(word) || perfect && word.equals("been");
        }
        String pos = v.token(c).pos();
        if (pos.equals("VBG") && be) {
            return EventStatus.ONGOING;
        }
        String rel = v.parse().relation(c);
        int gov = v.parse().head(c);
        boolean bare = v.children(c, "aux").isEmpty() && v.children(c, "nsubj").isEmpty();
        if (bare && pos.equals("VBG") && gov >= 0 && v.children(gov, "cop").stream().anyMatch(x -> PRESENT_BE.contains(v.word(x)))) {
            return EventStatus.ONGOING; // "Putin is in Vladivostok, attending the forum"
        }
        if (depth < 3 && gov >= 0 && v.isVerb(gov) && bare && (rel.equals("xcomp") || rel.startsWith("advcl")
                || rel.startsWith("acl") || rel.equals("conj"))) {
            EventStatus inherited = clauseStatus(v, gov, false, depth + 1);
            return inherited == EventStatus.DENIED ? EventStatus.OCCURRED : inherited;
        }
        return EventStatus.OCCURRED;
    }

    /**
     * "in order to ask", "flew to Doha to meet": an infinitive of purpose, which says what its clause is
     * for. An adverbial "to" infinitive is one; a complement "to" infinitive (as the parser often reads
     * purpose) only under a verb of travel or sending (class "purpose" of status-words.tsv), since
     * under others ("managed to escape", "began to shell") it is what happened.
     */
    private boolean purpose(DocView v, int c) {
        boolean infinitive = v.children(c, "aux").isEmpty() && v.children(c, "nsubj").isEmpty()
                && v.children(c, "mark").stream().anyMatch(m -> v.word(m).equals("to"));
        if (!infinitive) {
            return false;
        }
        String rel = v.parse().baseRelation(c);
        int gov = v.parse().head(c);
        return rel.equals("advcl") || rel.equals("xcomp") && gov >= 0
                && lexicon.statusWord(v.lemma(gov)).filter(w -> w.role().equals("purpose")).isPresent();
    }

    /**
     * "Modi to visit Japan", "Lavrov and Kerry to meet in Geneva": a headline's future, a "to"
     * infinitive with a subject as the root of its sentence.
     */
    private static boolean headlineInfinitive(DocView v, int c) {
        return v.parse().head(c) < 0 && !v.children(c, "nsubj").isEmpty() && v.children(c, "aux").isEmpty()
                && v.children(c, "mark").stream().anyMatch(m -> v.word(m).equals("to"));
    }

    /**
     * True if the question mark that ends the trigger's stretch of its sentence (up to a full stop,
     * "!", ";" or ":") is there and the question does not open with a wh-word: a yes-no question about
     * the event. The question opens at the sentence start or after the last quotation mark, comma or
     * dash before the trigger; its first word (after "and", "but"...) says whether it is a wh-question.
     */
    static boolean inYesNoQuestion(DocView v, int t) {
        Token trigger = v.token(t);
        Sentence sentence = v.doc().sentences().get(trigger.sentence());
        boolean question = false;
        for (int i = t + 1; i < sentence.endToken(); i++) {
            String word = v.word(i);
            if (word.equals("?")) {
                question = true;
                break;
            }
            if (STOPS.contains(word)) {
                break;
            }
        }
        if (!question) {
            return false;
        }
        int open = sentence.firstToken();
        for (int i = t - 1; i >= sentence.firstToken(); i--) {
            if (OPENINGS.contains(v.word(i))) {
                open = i + 1;
                break;
            }
        }
        // "Who attacked?", and after a conjunction "And why did they attack?"
        int first = open < t && CONJUNCTIONS.contains(v.word(open)) ? open + 1 : open;
        return !WH.contains(v.word(first));
    }

    private boolean negated(DocView v, int t) {
        for (int c : v.parse().children(t)) {
            String rel = v.parse().baseRelation(c);
            boolean slot = rel.equals("advmod") || rel.equals("neg") || rel.equals("det");
            if (slot && lexicon.statusWord(v.word(c)).filter(w -> w.role().equals("negation")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<EventStatus> modifier(DocView v, int t) {
        for (int c : v.parse().children(t)) {
            String rel = v.parse().baseRelation(c);
            if (rel.equals("amod") || rel.equals("advmod")) {
                Optional<EventLexicon.StatusWord> w = lexicon.statusWord(v.word(c));
                if (w.isPresent() && w.get().role().equals("modifier")) {
                    return Optional.of(w.get().status());
                }
            }
        }
        return Optional.empty();
    }

    /** True if the clause, or one it depends on, is introduced by "if" or "unless". */
    private static boolean conditional(DocView v, int c) {
        int node = c;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            for (int m : v.children(node, "mark")) {
                if (CONDITIONAL.contains(v.word(m))) {
                    return true;
                }
            }
            String rel = v.parse().baseRelation(node);
            if (!(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj"))) {
                return false;
            }
            node = v.parse().head(node);
        }
        return false;
    }

    /**
     * "called for an investigation", "planned an attack", "refused talks", "agreed to a meeting": the
     * status a governing verb gives the event noun that is its object (or its "for"/"to" oblique).
     * Three kinds of verb do not govern their noun: one that carries it ("went on strike", "launched an
     * attack": its own tense is the noun's); one that characterises it, with a predicate on the object
     * ("called the attack an act of terror", "considered the invasion an act of war"): what is
     * characterised is taken as given; and one that is an event trigger itself ("called for",
     * "refused", "threatened"): a noun it can take as content is part of its event and no event of its
     * own ({@link EventMerger}: "called for a ceasefire", "refused talks"), and one it cannot ("called for
     * full-scale invasion": PLOVER has no request of force) is not what it governs.
     */
    private Optional<EventStatus> governedNoun(DocView v, int t, int clause) {
        if (clause == t || !v.isNominal(t)) {
            return Optional.empty();
        }
        int noun = v.standIn(t);
        if (v.parse().head(noun) != clause || EventExtractor.carries(v, clause, noun) || characterises(v, clause)
                || isTrigger(v, clause, noun)) {
            return Optional.empty();
        }
        String rel = v.parse().relation(noun);
        boolean object = rel.equals("obj") || rel.startsWith("obl") && NOUN_COMPLEMENT_CASES.contains(v.caseOf(noun));
        if (!object) {
            return Optional.empty();
        }
        return lexicon.statusWord(v.lemma(clause)).filter(w -> w.role().equals("governor"))
                .map(EventLexicon.StatusWord::status);
    }

    /** True if the verb is a trigger in the PLOVER lexicon, alone or with its noun's preposition ("call for"). */
    private boolean isTrigger(DocView v, int verb, int noun) {
        String lemma = v.lemma(verb);
        return lexicon.singles(lemma).stream().anyMatch(TriggerEntry::verb)
                || lexicon.pairs(lemma, v.caseOf(noun)).stream().anyMatch(TriggerEntry::verb);
    }

    /**
     * True if the verb predicates something of its object: an object with a nominal or adjectival
     * complement ("called the attack cowardly", "an act of terror") or an "as" complement ("described
     * the raid as brutal").
     */
    private static boolean characterises(DocView v, int verb) {
        if (v.children(verb, "obj").isEmpty()) {
            return false;
        }
        for (int c : v.parse().children(verb)) {
            String rel = v.parse().baseRelation(c);
            if (rel.equals("xcomp") && !v.isVerb(c)
                    || (rel.equals("obl") || rel.equals("advcl")) && v.caseOf(c).equals("as")) {
                return true;
            }
        }
        return false;
    }

    /** "plans to visit", "refused to meet": the status a governing verb gives its complement. */
    private Optional<EventStatus> governed(DocView v, int c) {
        int node = c;
        for (int depth = 0; depth < 3 && CONTROL.contains(v.parse().relation(node)); depth++) {
            int gov = v.parse().head(node);
            if (gov < 0) {
                break;
            }
            Optional<EventLexicon.StatusWord> w = lexicon.statusWord(v.lemma(gov));
            if (w.isPresent() && w.get().role().equals("governor")) {
                return Optional.of(w.get().status());
            }
            node = gov;
        }
        return Optional.empty();
    }

    private static boolean firstPerson(DocView v, int c) {
        return v.children(c, "nsubj").stream().anyMatch(s -> FIRST_PERSON.contains(v.word(s)));
    }
}
