package org.newsgraph.store.rebuild;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;
import org.newsgraph.store.events.EventDocs;

/**
 * Hand-built analysed articles whose cross-article results depend on the order they are stored in,
 * in canonical (publication) order:
 * <pre>
 * c1     2016-01-05  "Clinton" alone, before any full name
 * b1     2016-01-06  Bill Clinton
 * c2     2016-01-07  "Clinton" alone: one full name stored before it, Bill's (in reverse order: Hillary's)
 * h1     2016-01-20  Hillary Clinton
 * c3     2016-01-21  "Clinton" alone: two full names, both recent
 * north  2024-05-01  Norland troops attacked villages near the border (ASSAULT, place Riverton)
 * both   2024-05-02  Norland and Sudland forces attacked a border post (shares an actor with each)
 * south  2024-05-03  Sudland gunmen attacked a school by the post office (ASSAULT, place Easton: unlike north)
 * wire1  2024-05-08  a wire text; wire2 (2024-05-09) is the same text
 * </pre>
 * Beyond their actors, north shares "border" and south "post" with both, and not a word with each other.
 * No CoreNLP.
 */
final class OrderDocs {

    private OrderDocs() {
    }

    /** Every article, in canonical order. */
    static List<Doc> all() {
        return List.of(
                person("c1", "2016-01-05", "Clinton spoke in a school gym.", "Clinton"),
                person("b1", "2016-01-06", "Bill Clinton campaigned for his wife.", "Bill Clinton"),
                person("c2", "2016-01-07", "Clinton returned to the stage later.", "Clinton"),
                person("h1", "2016-01-20", "Hillary Clinton debated her rival.", "Hillary Clinton"),
                person("c3", "2016-01-21", "Clinton answered every question.", "Clinton"),
                attack("north", "2024-05-01", "Norland troops attacked villages by the river in Riverton near the border.",
                        List.of("Norland"), "Riverton"),
                attack("both", "2024-05-02", "Norland and Sudland forces attacked a border post.",
                        List.of("Norland", "Sudland"), null),
                attack("south", "2024-05-03", "Sudland gunmen attacked a school by the post office in Easton.", List.of("Sudland"),
                        "Easton"),
                plain("wire1", "2024-05-08"),
                plain("wire2", "2024-05-09"));
    }

    private static Doc person(String id, String date, String text, String name) {
        return doc(id, date, text, List.of(entity(text, "e1", EntityType.PERSON, name)), List.of());
    }

    /** An attack whose sources are the GPEs {@code sides}, placed in {@code place} if given. */
    private static Doc attack(String id, String date, String text, List<String> sides, @Nullable String place) {
        List<Entity> entities = new ArrayList<>();
        List<EventActor> actors = new ArrayList<>();
        for (String side : sides) {
            String entityId = "e" + (entities.size() + 1);
            entities.add(entity(text, entityId, EntityType.GPE, side));
            actors.add(new EventActor(ActorRole.SOURCE, entityId, span(text, side), null, null));
        }
        @Nullable String placeId = null;
        if (place != null) {
            placeId = "e" + (entities.size() + 1);
            entities.add(entity(text, placeId, EntityType.GPE, place));
        }
        Event attack = new Event("v1", "ASSAULT", null, "190", span(text, "attacked"), actors, placeId, null,
                EventStatus.OCCURRED, null);
        return doc(id, date, text, entities, List.of(attack));
    }

    private static Doc plain(String id, String date) {
        return doc(id, date, "The central bank kept its main interest rate unchanged on Wednesday and said "
                + "that inflation had slowed for a third month in a row.", List.of(), List.of());
    }

    private static Doc doc(String id, String date, String text, List<Entity> entities, List<Event> events) {
        return Doc.of(new Article(id, text, null, date, null, "Outlet of " + id)).withLanguage("en")
                .withEntities(entities).withEvents(events);
    }

    private static Entity entity(String text, String id, EntityType type, String name) {
        return EventDocs.entity(text, id, type, name);
    }

    private static Span span(String text, String words) {
        return EventDocs.span(text, words);
    }
}
