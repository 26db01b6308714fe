package org.newsgraph.pipeline.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Resolves temporal expressions against the publication date, correcting SUTime where news
 * language needs it:
 * <ul>
 *   <li>a bare weekday takes its direction from the tense of its clause: "met on Friday" is the
 *       last Friday (on or before publication), "will meet on Friday" the next one (SUTime picks
 *       the nearest either way);</li>
 *   <li>a bare unit noun is not a duration ("miles per hour", "the opening month");</li>
 *   <li>a word of a person's or organisation's name is not a date ("Jan" of "Jan Nowak", "May" of
 *       "Theresa May"), and a verb is not one ("present" in "would present its proposal");</li>
 *   <li>without a publication date, relative expressions SUTime cannot resolve are left out rather
 *       than given a value that is not TIMEX3.</li>
 * </ul>
 * Thread-safe.
 */
public final class TimexNormalizer implements Stage {

    private static final Set<String> UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "decade", "century", "night", "morning", "evening", "afternoon");
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "would", "wo");

    @Override
    public String name() {
        return "timex-normalizer";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.RAW_TIMEXES, Facet.ENTITIES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TIMEXES);
    }

    @Override
    public Doc apply(Doc doc) {
        Optional<LocalDate> published = publicationDate(doc);
        DependencyIndex parse = DependencyIndex.of(doc);
        List<Timex> result = new ArrayList<>();
        for (Timex t : doc.rawTimexes()) {
            String text = t.span().text().toLowerCase(Locale.ROOT).strip();
            if (t.type().equals("DURATION") && UNITS.contains(text) || t.value().contains(" ")) {
                continue; // "miles per hour"; or SUTime's unresolved form "THIS P1W OFFSET P1W", not TIMEX3
            }
            if (insideName(doc, t) || allVerbs(doc, t)) {
                continue;
            }
            Optional<DayOfWeek> weekday = weekday(text);
            if (weekday.isPresent() && published.isPresent()) {
                Optional<Tense> tense = firstToken(doc, t).map(tok -> tense(parse, tok.index()));
                if (tense.isPresent() && tense.get() != Tense.UNKNOWN) {
                    LocalDate date = tense.get() == Tense.PAST
                            ? published.get().with(TemporalAdjusters.previousOrSame(weekday.get()))
                            : published.get().with(TemporalAdjusters.nextOrSame(weekday.get()));
                    result.add(new Timex(t.span(), t.type(), date.toString()));
                    continue;
                }
            }
            result.add(t);
        }
        return doc.withTimexes(result);
    }

    /** Whether the expression lies inside a mention of a person or an organisation. */
    private static boolean insideName(Doc doc, Timex t) {
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().start() <= t.span().start() && t.span().end() <= m.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every token of the expression is a verb. */
    private static boolean allVerbs(Doc doc, Timex t) {
        List<Token> tokens = doc.tokens().stream()
                .filter(tok -> tok.start() >= t.span().start() && tok.end() <= t.span().end()).toList();
        return !tokens.isEmpty() && tokens.stream().allMatch(tok -> tok.pos().startsWith("VB"));
    }

    private static Optional<LocalDate> publicationDate(Doc doc) {
        String published = doc.article().published();
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<DayOfWeek> weekday(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<Token> firstToken(Doc doc, Timex t) {
        return doc.tokens().stream().filter(tok -> tok.start() >= t.span().start()).findFirst();
    }

    enum Tense { PAST, NONPAST, UNKNOWN }

    /** The tense of the clause governing a token: its nearest verbal ancestor and that verb's auxiliaries. */
    static Tense tense(DependencyIndex parse, int token) {
        int node = parse.head(token);
        for (int steps = 0; node >= 0 && steps < 8; steps++) {
            Token verb = parse.token(node);
            boolean predicate = verb.isVerb() || parse.child(node, "cop").isPresent();
            if (predicate) {
                boolean future = false;
                boolean pastAux = false;
                for (int c : parse.children(node)) {
                    String rel = parse.relation(c);
                    if (rel.startsWith("aux") || rel.equals("cop")) {
                        Token aux = parse.token(c);
                        String w = aux.text().toLowerCase(Locale.ROOT);
                        if (FUTURE_AUX.contains(w) || aux.pos().equals("MD")) {
                            future = true;
                        } else if (aux.pos().equals("VBD")) {
                            pastAux = true;
                        }
                    }
                }
                if (future) {
                    return Tense.NONPAST;
                }
                // a VBN with a subject and no auxiliary is a past tense the tagger misread ("rebels released")
                boolean bareParticiple = verb.pos().equals("VBN") && parse.child(node, "nsubj").isPresent();
                if (verb.pos().equals("VBD") || pastAux || bareParticiple
                        || verb.pos().equals("VBN") && parse.child(node, "aux").isPresent()) {
                    return Tense.PAST;
                }
                return Tense.NONPAST;
            }
            node = parse.head(node);
        }
        return Tense.UNKNOWN;
    }
}
