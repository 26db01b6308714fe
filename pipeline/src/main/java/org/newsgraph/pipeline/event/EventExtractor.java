package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.lexicon.Lexicons;

/**
 * Extracts PLOVER-typed events: the triggers of {@link TriggerFinder} that the PLOVER lexicon types
 * ({@link TriggerTyper}), merged to one event per happening ({@link EventMerger}), each with actors
 * ({@link ActorFinder}: source and target entities, a person's affiliation, ISO 3166 country codes),
 * location and time ({@link Circumstances}), and status and attribution ({@link StatusFinder}). Ids
 * are "v1", "v2"... in text order.
 *
 * <p>Decisions: the state or organisation a person acts for (a role "of" it: "President of North
 * Korea", "Russian President") is the actor's {@code affiliation}, not a further actor, so that each
 * side of a dyad stays one actor as in GDELT; the actor's {@code country} is that state's ISO code.
 * Negated events ("did not attack") are kept with status denied, so that denials can be counted.
 * Future events keep their type with status planned (PLOVER would recode future cooperation as
 * AGREE; the status carries the future instead).
 *
 * <p>Runs last, after attribution. Stateless after construction, hence thread-safe.
 */
public final class EventExtractor implements Stage {

    private static final Set<String> ARGUMENT_RELATIONS = Set.of("obj", "nsubj", "nsubj:pass", "iobj", "obl");

    private final TriggerFinder finder = new TriggerFinder();
    private final TriggerTyper typer;
    private final ActorFinder actors;
    private final StatusFinder statuses;

    public EventExtractor(Lexicons lexicons) {
        EventLexicon lexicon = EventLexicon.get();
        this.typer = new TriggerTyper(lexicon);
        this.actors = new ActorFinder(new ActorResolver(lexicons), new Conditions(lexicon));
        this.statuses = new StatusFinder(lexicon);
    }

    @Override
    public String name() {
        return "event-extractor";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.ENTITIES, Facet.ROLES, Facet.TIMEXES, Facet.ATTRIBUTIONS);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.EVENTS);
    }

    @Override
    public Doc apply(Doc doc) {
        DocView v = new DocView(doc);
        List<EventMerger.Candidate> candidates = new ArrayList<>();
        for (Trigger trigger : triggers(v)) {
            typer.type(v, trigger).ifPresent(entry -> candidates.add(new EventMerger.Candidate(trigger, entry)));
        }
        List<Event> events = new ArrayList<>();
        for (EventMerger.Candidate c : EventMerger.merge(v, candidates)) {
            events.add(event(v, c, "v" + (events.size() + 1)));
        }
        return doc.withEvents(events);
    }

    /**
     * The trigger mentions worth typing: those of {@link TriggerFinder}, and nouns that head a two-word
     * trigger ("joint exercises"), but not nouns that modify another ("aid workers", "protest leaders")
     * unless that one stands for them ("aid package").
     */
    private List<Trigger> triggers(DocView v) {
        List<Trigger> found = new ArrayList<>(finder.find(v.doc()));
        Set<Integer> tokens = new HashSet<>();
        found.forEach(t -> tokens.add(t.token()));
        for (int i = 0; i < v.size(); i++) {
            if (v.isNoun(i) && !tokens.contains(i) && EventLexicon.get().isPairHead(v.lemma(i))) {
                found.add(new Trigger(i, v.doc().span(i, i + 1), TriggerKind.NOUN));
            }
        }
        found.removeIf(t -> t.kind() == TriggerKind.NOUN && v.parse().relation(t.token()).equals("compound")
                && v.standIn(t.token()) == t.token());
        found.sort(Comparator.comparingInt(Trigger::token));
        return found;
    }

    private Event event(DocView v, EventMerger.Candidate c, String id) {
        int t = c.trigger().token();
        TriggerEntry entry = c.entry();
        int clause = clauseVerb(v, t);
        int anchor = clause >= 0 && (clause == t || carries(v, clause, t)) ? clause : t;
        List<EventActor> found = new ArrayList<>(actors.find(v, t, entry));
        for (int part : c.parts()) {
            // "a car bomb exploded ..., killing five people": a side the event lacks, from a merged part
            List<EventActor> more = actors.find(v, part, entry);
            for (ActorRole role : List.of(ActorRole.SOURCE, ActorRole.TARGET)) {
                if (found.stream().noneMatch(a -> a.role() == role)) {
                    more.stream().filter(a -> a.role() == role).forEach(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(EventActor::role));
        Optional<String> location = Circumstances.location(v, t, anchor, entry);
        Timex time = Circumstances.time(v, t, anchor).orElse(null);
        StatusFinder.Result status = statuses.find(v, t, clause, entry, time);
        return new Event(id, entry.type().name(), entry.mode(), entry.cameo(), c.trigger().span(), found,
                location.orElse(null), time, status.status(), status.attribution());
    }

    /**
     * True if {@code verb} carries the event noun {@code t}: a light verb ("held talks", "talks were held",
     * "went on strike"), or a verb the event is the subject of ("the strike hit a school").
     */
    static boolean carries(DocView v, int verb, int t) {
        String rel = v.parse().relation(t);
        boolean light = EventLexicon.get().isLightVerb(v.lemma(verb))
                && (rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl"));
        return light || rel.equals("nsubj");
    }

    /**
     * The verb whose tense counts: the trigger itself, or the verb a noun trigger is an argument of. Place
     * and time come from that verb only when it is the noun's light verb.
     */
    private static int clauseVerb(DocView v, int t) {
        if (!v.isNominal(t)) {
            return t;
        }
        t = v.standIn(t);
        int head = v.parse().head(t);
        boolean argument = ARGUMENT_RELATIONS.contains(v.parse().relation(t))
                || v.parse().relation(t).startsWith("obl") || v.parse().relation(t).startsWith("advcl");
        return head >= 0 && v.isVerb(head) && argument ? head : -1;
    }
}
