package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** Two analysed articles with events, built by hand, for the events and export commands. */
final class EventQuestions {

    static final String SUMMIT = "Kim Jong Un met Vladimir Putin in Vladivostok. Officials said Russia attacked "
            + "Ukraine on Monday, \"again\".";
    static final String VISIT = "Vladimir Putin will visit Pyongyang next year.";

    private EventQuestions() {
    }

    static void storeBoth(String db) {
        try (ArticleStore store = Stores.open(db)) {
            store.store(summit());
            store.store(visit());
        }
    }

    /** The store's actor id of the actor named {@code name}, as text. */
    static String actorId(String db, String name) {
        try (ArticleStore store = Stores.open(db)) {
            return Long.toString(store.actors().find(name).get(0).id());
        }
    }

    /** The store's story id of an article's event, as text. */
    static String storyId(String db, String articleId, String eventId) {
        try (ArticleStore store = Stores.open(db)) {
            return Long.toString(store.stories().memberships().stream()
                    .filter(m -> m.articleId().equals(articleId) && m.eventId().equals(eventId))
                    .findFirst().orElseThrow().storyId());
        }
    }

    /** w1, 2023-09-12: a meeting and an attack that officials report. */
    static Doc summit() {
        String t = SUMMIT;
        Event meeting = new Event("v1", "CONSULT", "meet", "040", span(t, "met"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span(t, "Kim Jong Un"), null, "PRK"),
                        new EventActor(ActorRole.TARGET, "e2", span(t, "Vladimir Putin"), null, "RUS")),
                "e3", null, EventStatus.OCCURRED, null);
        Event attack = new Event("v2", "ASSAULT", null, "190", span(t, "attacked"),
                List.of(new EventActor(ActorRole.SOURCE, "e4", span(t, "Russia"), null, "RUS"),
                        new EventActor(ActorRole.TARGET, "e5", span(t, "Ukraine"), null, "UKR")),
                null, new Timex(span(t, "Monday"), "DATE", "2023-09-11"), EventStatus.ALLEGED, "a1");
        Attribution said = new Attribution("a1", AttributionKind.INDIRECT, span(t, "Russia attacked Ukraine on Monday"),
                span(t, "said"), new Source(span(t, "Officials"), null, SourceKind.PERSON), Certainty.ASSERTED, List.of());
        return Doc.of(new Article("w1", t, "Kim meets Putin", "2023-09-12", null, "Test Wire")).withLanguage("en")
                .withEntities(List.of(entity(t, "e1", EntityType.PERSON, "Kim Jong Un"),
                        entity(t, "e2", EntityType.PERSON, "Vladimir Putin"),
                        entity(t, "e3", EntityType.GPE, "Vladivostok"), entity(t, "e4", EntityType.GPE, "Russia"),
                        entity(t, "e5", EntityType.GPE, "Ukraine")))
                .withAttributions(List.of(said)).withEvents(List.of(meeting, attack));
    }

    /** w2, 2023-09-20: a planned visit to a place that is no entity. */
    static Doc visit() {
        String t = VISIT;
        Event visit = new Event("v1", "CONSULT", "visit", "042", span(t, "visit"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span(t, "Vladimir Putin")),
                        new EventActor(ActorRole.TARGET, null, span(t, "Pyongyang"))),
                null, new Timex(span(t, "next year"), "DATE", "FUTURE_REF"), EventStatus.PLANNED, null);
        return Doc.of(new Article("w2", t, "Putin to visit", "2023-09-20", null, "Other Wire")).withLanguage("en")
                .withEntities(List.of(entity(t, "e1", EntityType.PERSON, "Vladimir Putin"))).withEvents(List.of(visit));
    }

    private static Entity entity(String text, String id, EntityType type, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, type, MentionKind.NAME));
        }
        return new Entity(id, type, name, mentions, List.of());
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return Span.of(text, at, at + words.length());
    }
}
