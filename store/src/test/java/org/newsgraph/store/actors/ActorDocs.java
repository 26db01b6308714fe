package org.newsgraph.store.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

/**
 * Small analysed articles built by hand: entities mentioned wherever their words occur in the
 * text, roles, and direct quotes credited to an entity. No CoreNLP.
 */
final class ActorDocs {

    private final String id;
    private final @Nullable String date;
    private final String text;
    private final Map<String, EntityType> types = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<String>> mentionWords = new LinkedHashMap<>();
    private final Map<String, List<Role>> roles = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final List<Attribution> quotes = new ArrayList<>();

    private ActorDocs(String id, @Nullable String date, String text) {
        this.id = id;
        this.date = date;
        this.text = text;
    }

    static ActorDocs article(String id, @Nullable String date, String text) {
        return new ActorDocs(id, date, text);
    }

    /** An entity called {@code name}, mentioned at each occurrence of each of {@code words} (default: the name). */
    ActorDocs entity(String entityId, EntityType type, String name, String... words) {
        types.put(entityId, type);
        names.put(entityId, name);
        mentionWords.put(entityId, words.length == 0 ? List.of(name) : List.of(words));
        roles.put(entityId, new ArrayList<>());
        return this;
    }

    ActorDocs person(String entityId, String name, String... words) {
        return entity(entityId, EntityType.PERSON, name, words);
    }

    /** A title stated by the first occurrence of {@code evidence}. */
    ActorDocs role(String entityId, String title, @Nullable String ofEntityId, String evidence) {
        roles.get(entityId).add(new Role(title, ofEntityId, span(evidence)));
        return this;
    }

    /** The entity's Wikipedia page. */
    ActorDocs link(String entityId, String title) {
        links.put(entityId, new Link(title, 0.9));
        return this;
    }

    /** A direct quote of the first occurrence of {@code content}, credited to the entity by {@code cue}. */
    ActorDocs quote(String entityId, String content, String cue) {
        quotes.add(new Attribution("a" + (quotes.size() + 1), AttributionKind.DIRECT, span(content), span(cue),
                new Source(null, entityId, SourceKind.PERSON), Certainty.ASSERTED, List.of()));
        return this;
    }

    Doc build() {
        List<Entity> entities = new ArrayList<>();
        for (String entityId : names.keySet()) {
            List<Mention> mentions = new ArrayList<>();
            for (String words : mentionWords.get(entityId)) {
                for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
                    mentions.add(new Mention(Span.of(text, at, at + words.length()), 0, 1, 0, types.get(entityId),
                            MentionKind.NAME));
                }
            }
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("no mention of " + names.get(entityId) + " in " + text);
            }
            mentions.sort((a, b) -> a.span().compareTo(b.span()));
            entities.add(new Entity(entityId, types.get(entityId), names.get(entityId), mentions,
                    roles.get(entityId), links.get(entityId)));
        }
        Article article = new Article(id, text, "Title of " + id, date, null, "Test Wire");
        return Doc.of(article).withLanguage("en").withEntities(entities).withAttributions(quotes);
    }

    private Span span(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in " + text);
        }
        return Span.of(text, at, at + words.length());
    }
}
