package org.newsgraph.codec;

import java.util.List;
import java.util.Set;
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
import org.newsgraph.model.Measure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/** Hand-built documents with every kind of record, for the codec's tests and io's writer tests (through this module's test jar). */
public final class SampleDocs {

    public static final String TEXT = "Norland's Foreign Minister Anna Berg said on Monday that \"we will send help\" to Estavia. "
            + "The ferry travelled at 20 knots, according to the Harbour Gazette.";

    private SampleDocs() {
    }

    public static Span span(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return Span.of(text, start, start + words.length());
    }

    private static Span span(String words) {
        return span(TEXT, words);
    }

    private static Mention mention(String words, EntityType type, MentionKind kind) {
        return new Mention(span(words), 0, 1, 0, type, kind);
    }

    /** A document with entities, roles, attributions, an event, a quantity and dates. */
    public static Doc full() {
        Article article = new Article("ferry-1", TEXT, "Norland sends help", "2024-03-05", "https://example.org/ferry",
                "Example Wire");
        Entity norland = new Entity("e1", EntityType.GPE, "Norland",
                List.of(mention("Norland", EntityType.GPE, MentionKind.NAME)), List.of());
        Entity berg = new Entity("e2", EntityType.PERSON, "Anna Berg",
                List.of(mention("Anna Berg", EntityType.PERSON, MentionKind.NAME),
                        mention("we", EntityType.PERSON, MentionKind.PRONOUN)),
                List.of(new Role("Foreign Minister", "e1", span("Norland's Foreign Minister"))));
        Entity estavia = new Entity("e3", EntityType.GPE, "Estavia",
                List.of(mention("Estavia", EntityType.GPE, MentionKind.NAME)), List.of());
        Entity ferry = new Entity("e4", EntityType.VEHICLE, "ferry",
                List.of(mention("The ferry", EntityType.VEHICLE, MentionKind.NOMINAL)), List.of());
        Entity gazette = new Entity("e5", EntityType.ORGANIZATION, "Harbour Gazette",
                List.of(mention("Harbour Gazette", EntityType.ORGANIZATION, MentionKind.NAME)), List.of());
        Timex monday = new Timex(span("Monday"), "DATE", "2024-03-04");
        Attribution said = new Attribution("a1", AttributionKind.MIXED, span("\"we will send help\" to Estavia"),
                span("said"), new Source(span("Anna Berg"), "e2", org.newsgraph.model.SourceKind.PERSON),
                Certainty.REPORTED, List.of());
        Attribution gazetteSays = new Attribution("a2", AttributionKind.INDIRECT,
                span("The ferry travelled at 20 knots"), span("according to"),
                new Source(span("the Harbour Gazette"), null, org.newsgraph.model.SourceKind.MEDIA),
                Certainty.REPORTED, List.of(new Source(null, null, org.newsgraph.model.SourceKind.ANONYMOUS)));
        Event send = new Event("v1", "AID", "humanitarian", "073", span("send"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span("we")),
                        new EventActor(ActorRole.TARGET, "e3", span("Estavia"))),
                null, monday, EventStatus.PLANNED, "a1");
        Quantity knots = new Quantity(span("20 knots"), QuantityKind.MEASURE, 20, "kn", new Measure(37.04, "km/h"),
                "e4", false);
        return Doc.of(article).withLanguage("en")
                .withEntities(List.of(norland, berg, estavia, ferry, gazette))
                .withTimexes(List.of(monday))
                .withAttributions(List.of(said, gazetteSays))
                .withEvents(List.of(send))
                .withQuantities(List.of(knots));
    }

    /** A document with nothing found in it. */
    public static Doc empty() {
        return new Doc(Article.of("blank-1", "Nothing to see."), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());
    }
}
