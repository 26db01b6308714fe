package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** Two analysed articles built by hand, stored in a fresh database, and a runner of the question commands. */
final class ActorQuestions {

    static final String MEETING = "North Korean leader Kim Jong Un met Vladimir Putin. \"We are friends,\" "
            + "Kim Jong Un said.";
    static final String DEPARTURE = "Kim Jong-un left Russia. Putin said the visit went well.";

    record Result(int exitCode, String out, String err) {
    }

    private ActorQuestions() {
    }

    /** Stores the meeting (2023-09-12) and the departure (2023-09-14) in the database {@code db}. */
    static void storeBoth(String db) {
        try (ArticleStore store = Stores.open(db)) {
            store.store(meeting());
            store.store(departure());
        }
    }

    static void store(String db, Doc doc) {
        try (ArticleStore store = Stores.open(db)) {
            store.store(doc);
        }
    }

    static Doc meeting() {
        Entity kim = new Entity("e1", EntityType.PERSON, "Kim Jong Un", mentions(MEETING, "Kim Jong Un", EntityType.PERSON),
                List.of(new Role("leader", null, span(MEETING, "North Korean leader"))));
        Entity putin = new Entity("e2", EntityType.PERSON, "Vladimir Putin",
                mentions(MEETING, "Vladimir Putin", EntityType.PERSON), List.of());
        return Doc.of(new Article("k1", MEETING, "Kim meets Putin", "2023-09-12", null, "Test Wire"))
                .withLanguage("en").withEntities(List.of(kim, putin))
                .withAttributions(List.of(quote(MEETING, "We are friends,", "e1")));
    }

    static Doc departure() {
        Entity kim = new Entity("e1", EntityType.PERSON, "Kim Jong-un",
                mentions(DEPARTURE, "Kim Jong-un", EntityType.PERSON), List.of());
        Entity russia = new Entity("e2", EntityType.GPE, "Russia", mentions(DEPARTURE, "Russia", EntityType.GPE),
                List.of());
        Entity putin = new Entity("e3", EntityType.PERSON, "Vladimir Putin",
                mentions(DEPARTURE, "Putin", EntityType.PERSON), List.of());
        return Doc.of(new Article("k2", DEPARTURE, "Kim leaves", "2023-09-14", null, "Test Wire"))
                .withLanguage("en").withEntities(List.of(kim, russia, putin))
                .withAttributions(List.of(quote(DEPARTURE, "the visit went well", "e3")));
    }

    /** An article that names one person once. */
    static Doc naming(String id, String name) {
        String text = name + " spoke.";
        return Doc.of(new Article(id, text, null, "2024-01-01", null, null)).withLanguage("en")
                .withEntities(List.of(new Entity("e1", EntityType.PERSON, name,
                        mentions(text, name, EntityType.PERSON), List.of())));
    }

    /** An article that names one person once, linked to the Wikipedia page {@code title}. */
    static Doc naming(String id, String name, String title) {
        Doc doc = naming(id, name);
        return doc.withEntities(List.of(doc.entities().get(0).withLink(new Link(title, 0.9))));
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static List<Mention> mentions(String text, String words, EntityType type) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + words.length()), 0, 1, 0, type, MentionKind.NAME));
        }
        return mentions;
    }

    private static Attribution quote(String text, String content, String entityId) {
        return new Attribution("a1", AttributionKind.DIRECT, span(text, content), span(text, "said"),
                new Source(null, entityId, SourceKind.PERSON), Certainty.ASSERTED, List.of());
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return Span.of(text, at, at + words.length());
    }
}
