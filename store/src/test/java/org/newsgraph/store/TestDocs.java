package org.newsgraph.store;

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
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/** Small analysed documents built by hand: two entities, three mentions, a role, a quote, an event. */
public final class TestDocs {

    public static final String TEXT =
            "Mayor Ana Ruiz met union leaders in Lyon on Monday. \"We will build 300 homes,\" Ruiz said.";

    private TestDocs() {
    }

    /** The meeting article under {@code id}. */
    public static Doc meeting(String id) {
        return meeting(id, "");
    }

    /** The meeting article with {@code addition} appended to its text: another version of it. */
    public static Doc meeting(String id, String addition) {
        return meeting(id, addition, "e2");
    }

    /** A document that cannot be stored: its two entities share one id. */
    public static Doc withDuplicateEntityIds(String id, String addition) {
        return meeting(id, addition, "e1");
    }

    private static Doc meeting(String id, String addition, String secondEntityId) {
        String text = TEXT + addition;
        Article article = new Article(id, text, "Lyon housing", "2024-03-05", null, "Test Wire");
        Entity ruiz = new Entity("e1", EntityType.PERSON, "Ana Ruiz",
                List.of(mention(text, "Ana Ruiz", 0, 1, 3), mention(text, "Ruiz", 1, 17, 18)),
                List.of(new Role("Mayor", null, span(text, "Mayor", 0))));
        Entity lyon = new Entity(secondEntityId, EntityType.GPE, "Lyon",
                List.of(new Mention(span(text, "Lyon", 0), 7, 8, 7, EntityType.GPE, MentionKind.NAME)), List.of());
        Attribution quote = new Attribution("a1", AttributionKind.DIRECT, span(text, "We will build 300 homes,", 0),
                span(text, "said", 0), new Source(span(text, "Ruiz", 1), "e1", SourceKind.PERSON),
                Certainty.ASSERTED, List.of());
        Event meeting = new Event("v1", "CONSULT", "meet", "040", span(text, "met", 0),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span(text, "Ana Ruiz", 0))), "e2",
                new Timex(span(text, "Monday", 0), "DATE", "2024-03-04"), EventStatus.OCCURRED, null);
        return Doc.of(article).withLanguage("en").withEntities(List.of(ruiz, lyon))
                .withAttributions(List.of(quote)).withEvents(List.of(meeting));
    }

    private static Mention mention(String text, String words, int occurrence, int firstToken, int endToken) {
        return new Mention(span(text, words, occurrence), firstToken, endToken, endToken - 1, EntityType.PERSON,
                MentionKind.NAME);
    }

    /** The {@code occurrence}-th (from 0) place where {@code words} occur in {@code text}. */
    private static Span span(String text, String words, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("\"" + words + "\" occurs fewer than " + (occurrence + 1) + " times");
            }
        }
        return Span.of(text, at, at + words.length());
    }
}
