package org.newsgraph.store.stories;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

/**
 * Hand-built analysed articles about one air strike and about other things:
 * <pre>
 * planet  Daily Planet     2024-03-04T08:00  strike in Dara on Monday killed 12 people, officials said
 * herald  Morning Herald   2024-03-05        the strike on Dara killed 15 people, the health ministry said
 * echo    Wire Echo        2024-03-04T12:00  the planet article word for word (a wire copy)
 * denial  Capital Times    2024-03-05        the defence ministry denied its jets carried out the strike
 * homs    Daily Planet     2024-06-01        another strike, in Homs, three months later
 * lyon    Morning Herald   2024-03-04        farmers protested in Lyon
 * </pre>
 */
final class StoryDocs {

    static final String PLANET_TEXT = "An air strike on the town of Dara on Monday killed 12 people, local officials "
            + "said. Rescue teams searched the rubble of the market for survivors.";
    static final String HERALD_TEXT = "The air strike on Dara killed 15 people, the health ministry said. "
            + "Hospitals in the region asked for blood donations.";
    static final String DENIAL_TEXT = "The defence ministry denied that its jets carried out the air strike on Dara "
            + "on Monday. It called the reports fabricated.";
    static final String HOMS_TEXT = "An air strike on the city of Homs killed 3 people, officials said.";
    static final String LYON_TEXT = "Farmers protested in Lyon against new fuel taxes.";

    private StoryDocs() {
    }

    static Doc planet() {
        return strikeReport("planet", PLANET_TEXT, "Daily Planet", "2024-03-04T08:00:00Z", "12 people", 12,
                "An air strike on the town of Dara on Monday killed 12 people", "local officials");
    }

    /** A new version of the planet article: rewritten, with a revised death toll. */
    static Doc planetRevised() {
        String text = "Local officials now say the air strike on Dara on Monday killed 13 people. The toll was "
                + "revised after rescuers reached the market.";
        return strikeReport("planet", text, "Daily Planet", "2024-03-04T08:00:00Z", "13 people", 13,
                "the air strike on Dara on Monday killed 13 people", "Local officials");
    }

    static Doc echo() {
        return strikeReport("echo", PLANET_TEXT, "Wire Echo", "2024-03-04T12:00:00Z", "12 people", 12,
                "An air strike on the town of Dara on Monday killed 12 people", "local officials");
    }

    static Doc herald() {
        return strikeReport("herald", HERALD_TEXT, "Morning Herald", "2024-03-05", "15 people", 15,
                "The air strike on Dara killed 15 people", "the health ministry");
    }

    /** An air strike report: the strike in Dara (time "Monday" when the text has it), a death toll, a source. */
    private static Doc strikeReport(String id, String t, String outlet, String published, String toll, double value,
            String content, String source) {
        List<Entity> entities = List.of(entity(t, "e1", EntityType.GPE, "Dara"));
        Timex monday = t.contains("Monday") ? new Timex(span(t, "Monday"), "DATE", "2024-03-04") : null;
        Event strike = new Event("v1", "ASSAULT", null, "195", span(t, "strike"),
                List.of(new EventActor(ActorRole.TARGET, null, span(t, "people"))), "e1", monday,
                EventStatus.OCCURRED, "a1");
        Quantity quantity = new Quantity(span(t, toll), QuantityKind.COUNT, value, null, null, "people", false);
        Attribution claim = new Attribution("a1", AttributionKind.INDIRECT, span(t, content), span(t, t.contains("said") ? "said" : "say"),
                new Source(span(t, source), null, SourceKind.ORGANIZATION), Certainty.REPORTED, List.of());
        return doc(id, t, outlet, published, entities, List.of(strike), List.of(quantity), List.of(claim));
    }

    static Doc denial() {
        String t = DENIAL_TEXT;
        List<Entity> entities = List.of(entity(t, "e1", EntityType.GPE, "Dara"),
                entity(t, "e2", EntityType.ORGANIZATION, "defence ministry"));
        Event strike = new Event("v1", "ASSAULT", null, "195", span(t, "strike"),
                List.of(new EventActor(ActorRole.SOURCE, null, span(t, "its jets"))), "e1",
                new Timex(span(t, "Monday"), "DATE", "2024-03-04"), EventStatus.DENIED, "a1");
        Attribution denied = new Attribution("a1", AttributionKind.INDIRECT,
                span(t, "its jets carried out the air strike on Dara on Monday"), span(t, "denied"),
                new Source(span(t, "The defence ministry"), "e2", SourceKind.ORGANIZATION), Certainty.DENIED,
                List.of());
        return doc("denial", t, "Capital Times", "2024-03-05", entities, List.of(strike), List.of(), List.of(denied));
    }

    static Doc homs() {
        String t = HOMS_TEXT;
        Event strike = new Event("v1", "ASSAULT", null, "195", span(t, "strike"),
                List.of(new EventActor(ActorRole.TARGET, null, span(t, "people"))), "e1", null, EventStatus.OCCURRED,
                null);
        Quantity quantity = new Quantity(span(t, "3 people"), QuantityKind.COUNT, 3, null, null, "people", false);
        return doc("homs", t, "Daily Planet", "2024-06-01", List.of(entity(t, "e1", EntityType.GPE, "Homs")),
                List.of(strike), List.of(quantity), List.of());
    }

    static Doc lyon() {
        String t = LYON_TEXT;
        Event protest = new Event("v1", "PROTEST", "demonstrate", "141", span(t, "protested"),
                List.of(new EventActor(ActorRole.SOURCE, null, span(t, "Farmers"))), "e1", null,
                EventStatus.OCCURRED, null);
        return doc("lyon", t, "Morning Herald", "2024-03-04", List.of(entity(t, "e1", EntityType.GPE, "Lyon")),
                List.of(protest), List.of(), List.of());
    }

    private static Doc doc(String id, String text, String outlet, String published, List<Entity> entities,
            List<Event> events, List<Quantity> quantities, List<Attribution> attributions) {
        return Doc.of(new Article(id, text, null, published, null, outlet)).withLanguage("en")
                .withEntities(entities).withQuantities(quantities).withAttributions(attributions).withEvents(events);
    }

    static Entity entity(String text, String id, EntityType type, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, type, MentionKind.NAME));
        }
        return new Entity(id, type, name, mentions, List.of());
    }

    static Span span(String text, @Nullable String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return Span.of(text, at, at + words.length());
    }
}
