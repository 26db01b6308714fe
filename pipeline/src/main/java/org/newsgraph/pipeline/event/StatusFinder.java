package org.newsgraph.pipeline.event;

import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.PartialDate;

/**
 * An event's status and the attribution it rests on. The grammar of its clause decides first
 * ({@link Tense}); a dated time after the publication date makes an event not told in the past
 * tense planned. An event inside the
 * content of an attribution points to the innermost one and takes its status from the certainty:
 * alleged → alleged, denied → denied, hedged → hypothetical for planned or conditional events and
 * alleged otherwise, reported or asserted → as the grammar says. A negated event ("did not attack")
 * is denied: PLOVER lets negated events be dropped, newsgraph keeps them so that denials can be
 * counted. A credit for the whole article ("With inputs from agencies") is not an attribution of
 * its events. Stateless.
 */
final class StatusFinder {

    /** A status and the id of the attribution it rests on, if any. */
    record Result(EventStatus status, @Nullable String attribution) {
    }

    private final Tense tense;

    StatusFinder(EventLexicon lexicon) {
        this.tense = new Tense(lexicon);
    }

    Result find(DocView v, int t, int clause, TriggerEntry entry, @Nullable Timex time) {
        EventStatus grammar = tense.status(v, t, clause, entry.type().isSpeechAct());
        boolean past = clause >= 0 && isPast(v, clause);
        if (grammar == EventStatus.OCCURRED && !past && time != null
                && after(time.value(), v.doc().article().published())) {
            grammar = EventStatus.PLANNED;
        }
        Attribution a = innermost(v.doc(), v.doc().span(t, t + 1));
        if (a == null || grammar == EventStatus.DENIED) {
            return new Result(grammar, a == null ? null : a.id());
        }
        EventStatus status = switch (a.certainty()) {
            case ALLEGED -> EventStatus.ALLEGED;
            case DENIED -> EventStatus.DENIED;
            case HEDGED -> grammar == EventStatus.PLANNED || grammar == EventStatus.HYPOTHETICAL
                    ? EventStatus.HYPOTHETICAL : EventStatus.ALLEGED;
            case REPORTED, ASSERTED -> grammar;
        };
        return new Result(status, a.id());
    }

    /** "attacked", "has attacked", and a bare participle the tagger took for "attacked" ("rebels released"). */
    private static boolean isPast(DocView v, int verb) {
        String pos = v.token(verb).pos();
        boolean bareParticiple = pos.equals("VBN") && v.children(verb, "aux").isEmpty()
                && v.children(verb, "aux:pass").isEmpty() && !v.parse().relation(verb).startsWith("acl");
        return pos.equals("VBD") || bareParticiple || v.children(verb, "aux").stream().anyMatch(a -> v.lemma(a).equals("have"));
    }

    /** The smallest attribution whose content holds the trigger, leaving out whole-article credits. */
    private static @Nullable Attribution innermost(Doc doc, Span trigger) {
        Attribution best = null;
        for (Attribution a : doc.attributions()) {
            if (a.content().contains(trigger) && !isCredit(doc, a)
                    && (best == null || a.content().length() < best.content().length())) {
                best = a;
            }
        }
        return best;
    }

    /** A credit line's content is the article: it starts with the text and spans several sentences. */
    static boolean isCredit(Doc doc, Attribution a) {
        if (doc.sentences().size() < 2 || doc.tokens().isEmpty()) {
            return false;
        }
        Sentence first = doc.sentences().get(0);
        Sentence second = doc.sentences().get(1);
        return a.content().start() <= doc.tokens().get(first.firstToken()).start()
                && a.content().end() >= doc.tokens().get(second.endToken() - 1).end();
    }

    /** True if a TIMEX3 date value lies after the publication date (both ISO, compared by their common prefix). */
    static boolean after(String value, @Nullable String published) {
        if (published == null || published.length() < 10 || !PartialDate.isValid(value)) {
            return false;
        }
        try {
            return new PartialDate(value).isAfter(java.time.LocalDate.parse(published.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
