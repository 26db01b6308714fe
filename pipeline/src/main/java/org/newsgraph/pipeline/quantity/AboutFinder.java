package org.newsgraph.pipeline.quantity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Works out from the dependency parse what a quantity is about: the noun a count counts ("troops" in
 * "thousands of troops", "people" in "12 people"), and the thing a measure, amount or percentage
 * measures ("rain" in "10 inches of rain", "drive" in "a 10-mile drive", and the subject of the clause
 * when the quantity is a verb's object: "the train" in "the train is said to travel 37 miles per
 * hour"). Quantities are given as token ranges of their number and unit.
 *
 * <p>Immutable and thread-safe.
 */
public final class AboutFinder {

    /** Nouns that follow a number without being counted: units of time (durations), and "times". */
    private static final Set<String> NOT_COUNTED = Set.of("year", "month", "week", "day", "hour", "minute",
            "second", "decade", "century", "millennium", "night", "weekend", "time", "degree", "percent", "am", "pm",
            "a.m.", "p.m.");
    /** Singular nouns that name a group counted by its members. */
    private static final Set<String> COLLECTIVE = Set.of("people", "police", "staff", "personnel", "crew",
            "cattle", "livestock", "infantry", "clergy");
    /** Nouns whose value is a count of something else: "the death toll rose to 45". */
    private static final Set<String> TALLIES = Set.of("toll", "tally", "number", "total", "count", "turnout");
    private static final Set<String> NAME_RELATIONS = Set.of("compound", "flat", "flat:name");

    private final QuantityLexicon lexicon;

    /** An about-finder that knows unit and currency words from {@code lexicon}, to skip them. */
    public AboutFinder(QuantityLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The noun counted by the number at tokens {@code [first, end)} of {@code sentence}, or -1 if it
     * counts nothing countable (a duration, a singular noun as in "Boeing 737 pilot", no noun at all), or
     * if the number is one.
     */
    public int countedNoun(Doc doc, DependencyIndex deps, Sentence sentence, int first, int end, double value) {
        int h = deps.headOf(first, end);
        int governor = deps.head(h);
        String relation = deps.baseRelation(h);
        int noun = -1;
        if (governor >= end && Set.of("nummod", "amod", "compound", "det").contains(relation)) {
            noun = governor;
        }
        if (noun < 0) {
            noun = ofChild(doc, deps, h, false);
        }
        if (noun < 0) {
            noun = nounToTheRight(doc, sentence, end);
        }
        // "one" is mostly a determiner ("one reason", "one of them"): counts of one are not reported
        return noun >= 0 && value != 1 && countable(doc.tokens().get(noun)) ? noun : -1;
    }

    /**
     * For a number with no noun of its own, the tally it is the value of ("toll" in "the death toll rose to
     * 45"), or what that tally counts ("dead" in "the number of dead rose to 12"); -1 if none.
     */
    public int tally(Doc doc, DependencyIndex deps, int first, int end) {
        int measured = measured(doc, deps, first, end, false);
        if (measured < 0 || !TALLIES.contains(doc.tokens().get(measured).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int of = ofChild(doc, deps, measured, false);
        return of >= 0 ? of : measured;
    }

    /**
     * What the measure, amount of money or percentage at tokens {@code [first, end)} measures: a token
     * index, or -1 if the parse does not tell. Unit words ("$5 billion, or 40 percent") are skipped over.
     */
    public int measured(Doc doc, DependencyIndex deps, int first, int end, boolean money) {
        for (int t = end - 1; t >= first; t--) {
            // "millions of tons of coal": the "of" phrase may hang on any word of the quantity
            int of = ofChild(doc, deps, t, money);
            if (of >= 0 && usable(doc, of, first, end)) {
                return of;
            }
        }
        int h = deps.headOf(first, end);
        for (int step = 0; step < 4; step++) {
            int of = ofChild(doc, deps, h, money);
            if (of >= 0 && usable(doc, of, first, end)) {
                return of;
            }
            for (int hop = 0; hop < 8 && deps.relation(h).equals("conj") && deps.head(h) >= 0; hop++) {
                h = deps.head(h);
            }
            int governor = deps.head(h);
            if (governor < 0) {
                return deps.subject(h).filter(s -> usable(doc, s, first, end)).orElse(-1);
            }
            if (deps.relation(h).startsWith("nsubj")) {
                return -1;
            }
            if (!doc.tokens().get(governor).isNoun()) {
                int subject = subjectAbove(doc, deps, governor);
                return subject >= 0 && usable(doc, subject, first, end) ? subject : -1;
            }
            if (usable(doc, governor, first, end)) {
                // "$250 billion worth of goods": the goods
                int worthOf = doc.tokens().get(governor).lemma().equalsIgnoreCase("worth")
                        ? ofChild(doc, deps, governor, false) : -1;
                return worthOf >= 0 ? worthOf : governor;
            }
            h = governor;
        }
        return -1;
    }

    /**
     * The entity id of the token's entity if entities are known, else the noun with its compounds outside
     * the quantity's tokens {@code [first, end)}; null for -1 and for tokens that are no nouns.
     */
    public @Nullable String describe(Doc doc, DependencyIndex deps, int token, int first, int end) {
        if (token < 0) {
            return null;
        }
        if (doc.has(Facet.ENTITIES)) {
            Optional<Entity> entity = doc.findEntityAt(token);
            if (entity.isPresent()) {
                return entity.get().id();
            }
        }
        Token t = doc.tokens().get(token);
        if (!t.isNoun()) {
            return null;
        }
        int left = token;
        int right = token;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int c : deps.children(token)) {
                boolean outside = c < first || c >= end;
                if (outside && NAME_RELATIONS.contains(deps.relation(c)) && (c == left - 1 || c == right + 1)) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                    grown = true;
                }
            }
        }
        return doc.span(left, right + 1).text();
    }

    /** A token that may be what a quantity is about: outside it, a word, and no unit or currency. */
    private boolean usable(Doc doc, int token, int first, int end) {
        if (token >= first && token < end) {
            return false;
        }
        String text = doc.tokens().get(token).text();
        String lower = text.toLowerCase(Locale.ROOT);
        return text.codePoints().filter(Character::isLetter).count() >= 2 && lexicon.unit(lower).isEmpty()
                && lexicon.currencyAfter(text).isEmpty() && lexicon.currencyBefore(text).isEmpty()
                && !lower.equals("cent");
    }

    /** The subject of {@code predicate}, climbing through controlling and coordinated verbs. */
    private static int subjectAbove(Doc doc, DependencyIndex deps, int predicate) {
        int p = predicate;
        for (int step = 0; step < 6 && p >= 0; step++) {
            Optional<Integer> subject = deps.subject(p);
            if (subject.isPresent()) {
                int s = subject.get();
                boolean relativePronoun = doc.tokens().get(s).pos().startsWith("W");
                return relativePronoun && deps.relation(p).equals("acl:relcl") ? deps.head(p) : s;
            }
            String relation = deps.relation(p);
            if (relation.startsWith("acl")) {
                int noun = deps.head(p);
                return noun >= 0 && doc.tokens().get(noun).isNoun() ? noun : -1;
            }
            if (!Set.of("xcomp", "conj", "advcl", "ccomp", "dep").contains(deps.baseRelation(p))) {
                return -1;
            }
            p = deps.head(p);
        }
        return -1;
    }

    /** The noun of an "of" phrase under {@code head} ("troops" in "thousands of troops"); "in" too for money. */
    private static int ofChild(Doc doc, DependencyIndex deps, int head, boolean money) {
        for (int c : deps.children(head)) {
            if (!deps.baseRelation(c).equals("nmod") || !doc.tokens().get(c).isNoun()) {
                continue;
            }
            for (int d : deps.children(c)) {
                String preposition = doc.tokens().get(d).text().toLowerCase(Locale.ROOT);
                boolean of = preposition.equals("of") || money && preposition.equals("in");
                if (of && deps.relation(d).equals("case")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** When the parse is broken: the first noun after the number over modifiers and quotes. */
    private static int nounToTheRight(Doc doc, Sentence sentence, int end) {
        for (int k = end; k < Math.min(end + 5, sentence.endToken()); k++) {
            Token t = doc.tokens().get(k);
            if (t.isNoun()) {
                return k;
            }
            if (!Set.of("JJ", "JJR", "VBN", "RB", "``", "''", "HYPH").contains(t.pos())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean countable(Token noun) {
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        if (!noun.isNoun() || noun.pos().equals("NNP") || NOT_COUNTED.contains(lemma)) {
            return false;
        }
        return noun.pos().endsWith("S") || COLLECTIVE.contains(lemma);
    }
}
