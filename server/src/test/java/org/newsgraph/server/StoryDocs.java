package org.newsgraph.server;

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
 * Three outlets on one flood, built by hand: the gazette reports 4 dead, the courier copies it word
 * for word (a wire copy), the tribune reports 6 dead (a conflicting number).
 */
final class StoryDocs {

    static final String GAZETTE_TEXT = "A flood in the village of Brenn on Sunday killed 4 people, the mayor said. "
            + "Volunteers carried sandbags to the old bridge all night.";
    static final String TRIBUNE_TEXT = "The flood in Brenn killed 6 people, the regional police said. "
            + "Schools in the valley stayed closed on Monday.";

    private StoryDocs() {
    }

    static Doc gazette() {
        return report("gazette", GAZETTE_TEXT, "Valley Gazette", "2024-05-05T09:00:00Z", "4 people", 4,
                "A flood in the village of Brenn on Sunday killed 4 people", "the mayor");
    }

    static Doc courier() {
        return report("courier", GAZETTE_TEXT, "Wire Courier", "2024-05-05T11:00:00Z", "4 people", 4,
                "A flood in the village of Brenn on Sunday killed 4 people", "the mayor");
    }

    static Doc tribune() {
        return report("tribune", TRIBUNE_TEXT, "Tribune", "2024-05-06", "6 people", 6,
                "The flood in Brenn killed 6 people", "the regional police");
    }

    private static Doc report(String id, String t, String outlet, String published, String toll, double dead,
            String content, String source) {
        List<Entity> entities = List.of(entity(t, "e1", EntityType.GPE, "Brenn"));
        Timex sunday = t.contains("Sunday") ? new Timex(span(t, "Sunday"), "DATE", "2024-05-05") : null;
        Event flood = new Event("v1", "ASSAULT", null, "195", span(t, "flood"),
                List.of(new EventActor(ActorRole.TARGET, null, span(t, "people"))), "e1", sunday,
                EventStatus.OCCURRED, "a1");
        Quantity quantity = new Quantity(span(t, toll), QuantityKind.COUNT, dead, null, null, "people", false);
        Attribution claim = new Attribution("a1", AttributionKind.INDIRECT, span(t, content), span(t, "said"),
                new Source(span(t, source), null, SourceKind.ORGANIZATION), Certainty.REPORTED, List.of());
        return Doc.of(new Article(id, t, "Flood in Brenn (" + outlet + ")", published, null, outlet))
                .withLanguage("en").withEntities(entities).withQuantities(List.of(quantity))
                .withAttributions(List.of(claim)).withEvents(List.of(flood));
    }

    private static Entity entity(String text, String id, EntityType type, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, type, MentionKind.NAME));
        }
        return new Entity(id, type, name, mentions, List.of());
    }

    private static Span span(String text, @Nullable String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return Span.of(text, at, at + words.length());
    }
}
