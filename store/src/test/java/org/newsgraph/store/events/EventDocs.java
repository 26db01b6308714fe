package org.newsgraph.store.events;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/** Two analysed articles with events, built by hand. */
public final class EventDocs {

    static final String SUMMIT_TEXT = "Kim Jong Un met Vladimir Putin in Vladivostok. Russia attacked Ukraine on Monday.";
    static final String VISIT_TEXT = "Vladimir Putin will visit Pyongyang next year.";

    private EventDocs() {
    }

    /** w1, 2023-09-12: a meeting (undated, occurred) and an attack (2023-09-11, alleged). */
    public static Doc summit() {
        String t = SUMMIT_TEXT;
        List<Entity> entities = List.of(entity(t, "e1", EntityType.PERSON, "Kim Jong Un"),
                entity(t, "e2", EntityType.PERSON, "Vladimir Putin"), entity(t, "e3", EntityType.GPE, "Vladivostok"),
                entity(t, "e4", EntityType.GPE, "Russia"), entity(t, "e5", EntityType.GPE, "Ukraine"));
        Event meeting = new Event("v1", "CONSULT", "meet", "040", span(t, "met"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span(t, "Kim Jong Un"), null, "PRK"),
                        new EventActor(ActorRole.TARGET, "e2", span(t, "Vladimir Putin"), null, "RUS")),
                "e3", null, EventStatus.OCCURRED, null);
        Event attack = new Event("v2", "ASSAULT", null, "190", span(t, "attacked"),
                List.of(new EventActor(ActorRole.SOURCE, "e4", span(t, "Russia"), null, "RUS"),
                        new EventActor(ActorRole.TARGET, "e5", span(t, "Ukraine"), null, "UKR")),
                null, new Timex(span(t, "Monday"), "DATE", "2023-09-11"), EventStatus.ALLEGED, null);
        return Doc.of(new Article("w1", t, "Kim meets Putin", "2023-09-12", null, "Test Wire")).withLanguage("en")
                .withEntities(entities).withEvents(List.of(meeting, attack));
    }

    /** w2, 2023-09-20: a planned visit to a place that is no entity, with a time that is no calendar date. */
    public static Doc visit() {
        String t = VISIT_TEXT;
        Event visit = new Event("v1", "CONSULT", "visit", "042", span(t, "visit"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span(t, "Vladimir Putin")),
                        new EventActor(ActorRole.TARGET, null, span(t, "Pyongyang"))),
                null, new Timex(span(t, "next year"), "DATE", "FUTURE_REF"), EventStatus.PLANNED, null);
        return Doc.of(new Article("w2", t, "Putin to visit", "2023-09-20T08:00:00Z", null, "Other Wire"))
                .withLanguage("en").withEntities(List.of(entity(t, "e1", EntityType.PERSON, "Vladimir Putin")))
                .withEvents(List.of(visit));
    }

    /** A named entity whose mentions are every occurrence of {@code name} in {@code text}. */
    public static Entity entity(String text, String id, EntityType type, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, type, MentionKind.NAME));
        }
        return new Entity(id, type, name, mentions, List.of());
    }

    /** The span of the first occurrence of {@code words} in {@code text}. */
    public static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return Span.of(text, at, at + words.length());
    }
}
