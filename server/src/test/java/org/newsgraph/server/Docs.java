package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Small analysed articles built by hand (no CoreNLP): entities mentioned wherever their words
 * occur, roles, attributions with source, cue and content, and events.
 */
final class Docs {

    /** An article whose text, title, entity and quote carry markup that must never run. */
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    private final String id;
    private final @Nullable String date;
    private final String title;
    private final String text;
    private final Map<String, EntityType> types = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> words = new LinkedHashMap<>();
    private final Map<String, List<Role>> roles = new LinkedHashMap<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private Docs(String id, @Nullable String date, String title, String text) {
        this.id = id;
        this.date = date;
        this.title = title;
        this.text = text;
    }

    static Docs article(String id, @Nullable String date, String title, String text) {
        return new Docs(id, date, title, text);
    }

    /** An entity called {@code name}, mentioned at each occurrence of {@code mentioned} (default: the name). */
    Docs entity(String entityId, EntityType type, String name, String... mentioned) {
        types.put(entityId, type);
        names.put(entityId, name);
        words.put(entityId, mentioned.length == 0 ? name : mentioned[0]);
        roles.put(entityId, new ArrayList<>());
        return this;
    }

    Docs role(String entityId, String title, @Nullable String ofEntityId, String evidence) {
        roles.get(entityId).add(new Role(title, ofEntityId, span(evidence)));
        return this;
    }

    /** An indirect attribution of {@code content} to the entity, by {@code cue}, its source at {@code sourceWords}. */
    Docs says(String entityId, String sourceWords, String cue, String content) {
        attributions.add(new Attribution("a" + (attributions.size() + 1), AttributionKind.INDIRECT, span(content),
                span(cue), new Source(span(sourceWords), entityId, SourceKind.PERSON), Certainty.REPORTED, List.of()));
        return this;
    }

    /** An event of {@code type} triggered by {@code trigger}, from one entity to another, dated if {@code day} is given. */
    Docs event(String type, String trigger, String sourceId, String targetId, @Nullable String timexWords,
            @Nullable String day) {
        Timex time = timexWords == null || day == null ? null : new Timex(span(timexWords), "DATE", day);
        events.add(new Event("v" + (events.size() + 1), type, null, null, span(trigger),
                List.of(new EventActor(ActorRole.SOURCE, sourceId, span(words.get(sourceId)), null, null),
                        new EventActor(ActorRole.TARGET, targetId, span(words.get(targetId)), null, null)),
                null, time, EventStatus.OCCURRED, null));
        return this;
    }

    Doc build() {
        List<Entity> entities = new ArrayList<>();
        for (String entityId : names.keySet()) {
            String mentioned = words.get(entityId);
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(mentioned); at >= 0; at = text.indexOf(mentioned, at + 1)) {
                mentions.add(new Mention(Span.of(text, at, at + mentioned.length()), 0, 1, 0, types.get(entityId),
                        MentionKind.NAME));
            }
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("no mention of " + mentioned + " in " + text);
            }
            entities.add(new Entity(entityId, types.get(entityId), names.get(entityId), mentions, roles.get(entityId)));
        }
        Article article = new Article(id, text, title, date, "https://news.example/" + id, "Test Wire");
        List<Timex> timexes = events.stream().map(Event::time).filter(Objects::nonNull).toList();
        return Doc.of(article).withLanguage("en").withEntities(entities).withTimexes(timexes)
                .withAttributions(attributions).withEvents(events);
    }

    private Span span(String of) {
        int at = text.indexOf(of);
        if (at < 0) {
            throw new IllegalArgumentException("\"" + of + "\" is not in " + text);
        }
        return Span.of(text, at, at + of.length());
    }

    /** w1, 2023-09-12: Peskov (spokesman of the Kremlin) says the leaders will meet; Kim met Putin on Tuesday. */
    static Doc summit() {
        return article("w1", "2023-09-12", "Kim meets Putin",
                "Kremlin spokesman Dmitry Peskov said the two leaders will meet in Vladivostok. "
                        + "Kim Jong Un met Vladimir Putin on Tuesday.")
                .entity("e1", EntityType.PERSON, "Dmitry Peskov")
                .entity("e2", EntityType.ORGANIZATION, "Kremlin")
                .entity("e3", EntityType.GPE, "Vladivostok")
                .entity("e4", EntityType.PERSON, "Kim Jong Un")
                .entity("e5", EntityType.PERSON, "Vladimir Putin")
                .role("e1", "spokesman", "e2", "Kremlin spokesman")
                .says("e1", "Dmitry Peskov", "said", "the two leaders will meet in Vladivostok")
                .event("CONSULT", "met", "e4", "e5", "Tuesday", "2023-09-12")
                .build();
    }

    /** w2, 2023-09-20: Putin says the talks went well. */
    static Doc talks() {
        return article("w2", "2023-09-20", "Putin on the talks",
                "Vladimir Putin told reporters that the talks went well.")
                .entity("e1", EntityType.PERSON, "Vladimir Putin")
                .says("e1", "Vladimir Putin", "told", "the talks went well")
                .build();
    }

    /** x1, 2023-09-21: markup in the title, the text, an entity name and a quote. */
    static Doc hostile() {
        String text = "Evil Corp said " + SCRIPT + " and " + IMG + " are harmless.";
        return article("x1", "2023-09-21", "Hostile " + SCRIPT, text)
                .entity("e1", EntityType.ORGANIZATION, "Evil Corp " + IMG, "Evil Corp")
                .says("e1", "Evil Corp", "said", SCRIPT + " and " + IMG + " are harmless")
                .build();
    }
}
