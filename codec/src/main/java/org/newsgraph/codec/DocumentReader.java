package org.newsgraph.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Measure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Reads {@code newsgraph/document@1} JSON, as {@link DocumentJson} writes it, back into a {@link Doc}:
 * the article (id, text, title, publication date, URL, publisher), its language, entities with their
 * roles, attributions, events, quantities and timexes come back equal to the analysed ones.
 *
 * <p>What the JSON does not hold cannot come back: the document has no tokens, sentences (hence no
 * lemmas, parts of speech or dependencies), named mentions, raw timexes, and no mentions outside
 * entities ({@link Doc#mentions()} is empty). An entity's mentions keep their spans and take the
 * entity's type; their token indices are placeholders ({@code 0, 1}, head {@code 0}) that point at no
 * token, and their kind is guessed from their words (a pronoun, a capitalised name after any
 * determiner, else a nominal). The facets are those the JSON holds: {@link Facet#ENTITIES},
 * {@link Facet#ROLES}, {@link Facet#ATTRIBUTIONS}, {@link Facet#EVENTS}, {@link Facet#LANGUAGE} when a
 * language is given, {@link Facet#QUANTITIES} and {@link Facet#TIMEXES} when those arrays are present.
 * Properties the model does not know ({@code actor}, {@code story}) are ignored.
 *
 * <p>Model fields the schema leaves optional are read strictly where no neutral value exists (an
 * event's status, an attribution's certainty, a quantity's kind, a timex's type, a role's evidence, an
 * actor's span): a missing one is an error. Stateless and thread-safe.
 */
public final class DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose",
            "which", "that", "this", "these", "those");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private DocumentReader() {
    }

    /**
     * The document in a JSON text.
     *
     * @throws DocumentFormatException if the text is not such a document; the message names the first
     *     problem and its JSON path
     */
    public static Doc read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DocumentFormatException("not a newsgraph/document@1 document: not JSON: "
                    + e.getOriginalMessage(), e);
        }
        return fromJson(tree);
    }

    /**
     * The document in a JSON tree.
     *
     * @throws DocumentFormatException if the tree is not such a document
     */
    public static Doc fromJson(JsonNode json) {
        Objects.requireNonNull(json, "json");
        if (!json.isObject()) {
            throw new DocumentFormatException("not a newsgraph/document@1 document: the JSON is "
                    + json.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
        }
        JsonNode schema = json.get("schema");
        if (schema == null || !DocumentJson.SCHEMA.equals(schema.textValue())) {
            throw new DocumentFormatException("not a newsgraph/document@1 document: $.schema is "
                    + (schema == null ? "missing" : schema.toString()));
        }
        JsonNode textNode = json.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw new DocumentFormatException("$.text: missing or not a string");
        }
        JsonFields doc = JsonFields.root(json, textNode.textValue());
        Article article = doc.build(() -> new Article(doc.string("id"), doc.text(), doc.optionalString("title"),
                doc.optionalString("published"), doc.optionalString("url"), doc.optionalString("source")));
        String language = doc.optionalString("language");
        Set<Facet> facets = EnumSet.of(Facet.ENTITIES, Facet.ROLES, Facet.ATTRIBUTIONS, Facet.EVENTS);
        if (language != null) {
            facets.add(Facet.LANGUAGE);
        }
        if (json.hasNonNull("quantities")) {
            facets.add(Facet.QUANTITIES);
        }
        if (json.hasNonNull("timexes")) {
            facets.add(Facet.TIMEXES);
        }
        return new Doc(article, language, List.of(), List.of(), List.of(), List.of(), List.of(),
                doc.items("entities", true, DocumentReader::entity), doc.items("timexes", false, DocumentReader::timex),
                doc.items("quantities", false, DocumentReader::quantity),
                doc.items("attributions", true, DocumentReader::attribution),
                doc.items("events", true, DocumentReader::event), facets);
    }

    private static Entity entity(JsonFields json) {
        EntityType type = json.constant("type", EntityType.class);
        List<Mention> mentions = json.items("mentions", true, m -> mention(m.asSpan(), type));
        JsonFields link = json.optionalObject("link");
        return new Entity(json.string("id"), type, json.string("name"), mentions,
                json.items("roles", false, DocumentReader::role),
                link == null ? null : new Link(link.string("title"), link.number("score")));
    }

    private static Mention mention(Span span, EntityType type) {
        return new Mention(span, 0, 1, 0, type, kind(span.text()));
    }

    /** A pronoun ("she"), a name ("President Putin", "the Kremlin", "US") or a nominal ("the minister"). */
    static MentionKind kind(String words) {
        String[] parts = words.strip().split("\\s+");
        // "US" and "IT" are names, not pronouns.
        boolean acronym = parts[0].length() > 1 && parts[0].equals(parts[0].toUpperCase(Locale.ROOT));
        if (parts.length == 1 && !acronym && PRONOUNS.contains(parts[0].toLowerCase(Locale.ROOT))) {
            return MentionKind.PRONOUN;
        }
        int first = parts.length > 1 && DETERMINERS.contains(parts[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        boolean capitalised = !parts[first].isEmpty() && Character.isUpperCase(parts[first].codePointAt(0));
        return capitalised ? MentionKind.NAME : MentionKind.NOMINAL;
    }

    private static Role role(JsonFields json) {
        return new Role(json.string("title"), json.optionalString("of"), json.span("evidence"));
    }

    private static Attribution attribution(JsonFields json) {
        JsonFields source = json.optionalObject("source");
        return new Attribution(json.string("id"), json.constant("kind", AttributionKind.class), json.span("content"),
                json.optionalSpan("cue"), source == null ? null : source.build(() -> source(source)),
                json.constant("certainty", Certainty.class), json.items("chain", false, DocumentReader::source));
    }

    private static Source source(JsonFields json) {
        return new Source(json.optionalSpan("span"), json.optionalString("entity"),
                json.constant("kind", SourceKind.class));
    }

    private static Event event(JsonFields json) {
        JsonFields time = json.optionalObject("time");
        return new Event(json.string("id"), json.string("type"), json.optionalString("mode"),
                json.optionalString("cameo"), json.span("trigger"), json.items("actors", false, DocumentReader::actor),
                json.optionalString("location"), time == null ? null : time.build(() -> timex(time)),
                json.constant("status", EventStatus.class), json.optionalString("attribution"));
    }

    private static EventActor actor(JsonFields json) {
        return new EventActor(json.constant("role", ActorRole.class), json.optionalString("entity"), json.span("span"),
                json.optionalString("affiliation"), json.optionalString("country"));
    }

    private static Quantity quantity(JsonFields json) {
        JsonFields normalized = json.optionalObject("normalized");
        return new Quantity(json.span("span"), json.constant("kind", QuantityKind.class), json.number("value"),
                json.optionalString("unit"),
                normalized == null ? null : normalized.build(() -> new Measure(normalized.number("value"),
                        normalized.string("unit"))),
                json.optionalString("about"), json.flag("approximate", false));
    }

    private static Timex timex(JsonFields json) {
        return new Timex(json.span("span"), json.string("type"), json.string("value"));
    }
}
