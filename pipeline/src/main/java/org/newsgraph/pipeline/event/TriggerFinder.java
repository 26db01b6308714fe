package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * The broad event-mention detector: every word that names something happening, untyped. It reports
 * <ul>
 *   <li>main verbs (not auxiliaries, copulas, "according", nor the light verbs "be", "have", "do"
 *       used as main verbs, which name states rather than events);</li>
 *   <li>event nouns: a list of nouns for happenings ("death", "heist", "election", "earthquake") and
 *       every noun of the PLOVER trigger lexicon;</li>
 *   <li>state adjectives that report an event's outcome ("found dead", "two injured").</li>
 * </ul>
 * It is the trigger detection that event-coreference corpora such as ECB+ annotate (any action,
 * typed or not) and the candidate set of {@link EventExtractor}, which keeps only the triggers its
 * PLOVER lexicon types. Needs tokens and sentences. Stateless and thread-safe.
 */
public final class TriggerFinder {

    private static final Set<String> NOT_EVENTS = Set.of("be", "have", "do");
    private static final Set<String> FUNCTION_RELATIONS = Set.of("aux", "aux:pass", "cop", "case", "mark", "fixed");

    /** Month names, which the tagger gives as proper nouns: "March" and "May" are no events. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final EventLexicon lexicon = EventLexicon.get();

    /**
     * The trigger mentions of {@code doc}, in text order.
     *
     * @throws IllegalArgumentException if the document has no tokens and sentences yet
     */
    public List<Trigger> find(Doc doc) {
        Objects.requireNonNull(doc, "doc");
        if (!doc.has(Facet.TOKENS) || !doc.has(Facet.SENTENCES)) {
            throw new IllegalArgumentException("trigger finding needs tokens and sentences: " + doc.id());
        }
        DependencyIndex parse = DependencyIndex.of(doc);
        List<Trigger> triggers = new ArrayList<>();
        for (Token t : doc.tokens()) {
            kind(t, parse).ifPresent(kind -> triggers.add(new Trigger(t.index(),
                    doc.span(t.index(), t.index() + 1), kind)));
        }
        return triggers;
    }

    private Optional<TriggerKind> kind(Token t, DependencyIndex parse) {
        String pos = t.pos();
        if (pos.startsWith("VB")) {
            boolean event = !FUNCTION_RELATIONS.contains(parse.relation(t.index()))
                    && !NOT_EVENTS.contains(t.lemma().toLowerCase(Locale.ROOT));
            return event ? Optional.of(TriggerKind.VERB) : Optional.empty();
        }
        if (pos.startsWith("NN")) {
            if (pos.startsWith("NNP") && MONTHS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.empty(); // "on March 1", "in May": the month, not a march
            }
            boolean event = lexicon.isEventNoun(t.lemma()) || lexicon.isEventNoun(t.text());
            return event ? Optional.of(TriggerKind.NOUN) : Optional.empty();
        }
        if (pos.startsWith("JJ")) {
            boolean state = lexicon.isStateAdjective(t.lemma()) || lexicon.isStateAdjective(t.text());
            return state ? Optional.of(TriggerKind.ADJECTIVE) : Optional.empty();
        }
        return Optional.empty();
    }
}
