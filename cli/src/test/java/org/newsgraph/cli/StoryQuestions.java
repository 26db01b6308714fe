package org.newsgraph.cli;

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
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/**
 * Three analysed reports of one flood, built by hand, for the story and conflict commands: two
 * outlets with different death tolls and a mayor's office denying that a dam failed.
 */
final class StoryQuestions {

    static final String GAZETTE = "A flood in the valley town of Tarn on Friday killed 8 people, police said.";
    static final String COURIER = "The flood in Tarn killed 11 people, the regional governor said.";
    static final String DENIAL = "The mayor's office denied that a dam failure caused the flood in Tarn on Friday.";

    private StoryQuestions() {
    }

    static void storeAll(String db) {
        try (ArticleStore store = Stores.open(db)) {
            store.store(report("gazette", GAZETTE, "Flood kills 8", "Valley Gazette", "2025-05-09", 8, "8 people",
                    "police", "A flood in the valley town of Tarn on Friday killed 8 people"));
            store.store(report("courier", COURIER, "Tarn toll rises", "Evening Courier", "2025-05-10", 11,
                    "11 people", "the regional governor", "The flood in Tarn killed 11 people"));
            store.store(denial());
        }
    }

    private static Doc report(String id, String t, String title, String outlet, String published, double toll,
            String tollText, String source, String content) {
        Timex friday = t.contains("Friday") ? new Timex(span(t, "Friday"), "DATE", "2025-05-09") : null;
        Event flood = new Event("v1", "COERCE", null, null, span(t, "flood"),
                List.of(new EventActor(ActorRole.TARGET, null, span(t, "people"))), "e1", friday,
                EventStatus.OCCURRED, "a1");
        Quantity dead = new Quantity(span(t, tollText), QuantityKind.COUNT, toll, null, null, "people", false);
        Attribution said = new Attribution("a1", AttributionKind.INDIRECT, span(t, content), span(t, "said"),
                new Source(span(t, source), null, SourceKind.ORGANIZATION), Certainty.REPORTED, List.of());
        return doc(id, t, title, outlet, published, List.of(place(t)), List.of(flood), List.of(dead), List.of(said));
    }

    private static Doc denial() {
        String t = DENIAL;
        Event flood = new Event("v1", "COERCE", null, null, span(t, "flood"), List.of(), "e1",
                new Timex(span(t, "Friday"), "DATE", "2025-05-09"), EventStatus.DENIED, "a1");
        Attribution denied = new Attribution("a1", AttributionKind.INDIRECT,
                span(t, "a dam failure caused the flood in Tarn on Friday"), span(t, "denied"),
                new Source(span(t, "The mayor's office"), null, SourceKind.ORGANIZATION), Certainty.DENIED, List.of());
        return doc("denial", t, "No dam failed", "Tarn Radio", "2025-05-10", List.of(place(t)), List.of(flood),
                List.of(), List.of(denied));
    }

    private static Doc doc(String id, String text, String title, String outlet, String published,
            List<Entity> entities, List<Event> events, List<Quantity> quantities, List<Attribution> attributions) {
        return Doc.of(new Article(id, text, title, published, null, outlet)).withLanguage("en").withEntities(entities)
                .withQuantities(quantities).withAttributions(attributions).withEvents(events);
    }

    private static Entity place(String text) {
        int at = text.indexOf("Tarn");
        return new Entity("e1", EntityType.GPE, "Tarn",
                List.of(new Mention(Span.of(text, at, at + 4), 0, 1, 0, EntityType.GPE, MentionKind.NAME)), List.of());
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return Span.of(text, at, at + words.length());
    }
}
