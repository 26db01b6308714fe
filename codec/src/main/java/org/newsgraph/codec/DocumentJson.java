package org.newsgraph.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Measure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * A {@link Doc} as a JSON tree in the {@code newsgraph/document@1} format (see the schema resource
 * {@code org/newsgraph/codec/document.schema.json}). Enum values are written in lower case except
 * entity types, which the schema spells in upper case. Absent optional values are written as null.
 * Quantities carry two properties beyond the schema: {@code kind} and {@code approximate}; timexes
 * carry {@code type}; event actors carry {@code affiliation} (entity id of the state or organisation a
 * person acts for) and {@code country} (ISO 3166-1 alpha-3). Thread-safe.
 */
public final class DocumentJson {

    /** The value of the {@code schema} property. */
    public static final String SCHEMA = "newsgraph/document@1";

    /** The class-path resource of the JSON Schema (draft 2020-12) this output follows. */
    public static final String SCHEMA_RESOURCE = "/org/newsgraph/codec/document.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentJson() {
    }

    public static ObjectNode toJson(Doc doc) {
        ObjectNode json = NODES.objectNode();
        json.put("schema", SCHEMA);
        json.put("id", doc.id());
        json.put("url", doc.article().url());
        json.put("source", doc.article().source());
        json.put("title", doc.article().title());
        json.put("published", doc.article().published());
        json.put("language", doc.language());
        json.put("text", doc.text());
        json.set("entities", array(doc.entities(), DocumentJson::entity));
        json.set("attributions", array(doc.attributions(), DocumentJson::attribution));
        json.set("events", array(doc.events(), DocumentJson::event));
        json.set("quantities", array(doc.quantities(), DocumentJson::quantity));
        json.set("timexes", array(doc.timexes(), DocumentJson::timex));
        return json;
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode json = NODES.objectNode();
        json.put("id", entity.id());
        json.put("type", entity.type().name());
        json.put("name", entity.name());
        json.set("mentions", array(entity.mentions(), (Mention m) -> span(m.span())));
        json.set("roles", array(entity.roles(), DocumentJson::role));
        Link link = entity.link();
        if (link != null) {
            ObjectNode linked = json.putObject("link");
            linked.put("title", link.title());
            linked.put("url", link.url());
            linked.put("score", Math.round(link.score() * 1000) / 1000.0);
        }
        return json;
    }

    private static ObjectNode role(Role role) {
        ObjectNode json = NODES.objectNode();
        json.put("title", role.title());
        json.put("of", role.of());
        json.set("evidence", span(role.evidence()));
        return json;
    }

    private static ObjectNode attribution(Attribution attribution) {
        ObjectNode json = NODES.objectNode();
        json.put("id", attribution.id());
        json.put("kind", lower(attribution.kind()));
        json.set("content", span(attribution.content()));
        json.set("cue", nullable(attribution.cue(), DocumentJson::span));
        json.set("source", nullable(attribution.source(), DocumentJson::source));
        json.put("certainty", lower(attribution.certainty()));
        json.set("chain", array(attribution.chain(), DocumentJson::source));
        return json;
    }

    private static ObjectNode source(Source source) {
        ObjectNode json = NODES.objectNode();
        json.set("span", nullable(source.span(), DocumentJson::span));
        json.put("entity", source.entity());
        json.put("kind", lower(source.kind()));
        return json;
    }

    private static ObjectNode event(Event event) {
        ObjectNode json = NODES.objectNode();
        json.put("id", event.id());
        json.put("type", event.type());
        json.put("mode", event.mode());
        json.put("cameo", event.cameo());
        json.set("trigger", span(event.trigger()));
        json.set("actors", array(event.actors(), DocumentJson::actor));
        json.put("location", event.location());
        json.set("time", nullable(event.time(), DocumentJson::timex));
        json.put("status", lower(event.status()));
        json.put("attribution", event.attribution());
        return json;
    }

    private static ObjectNode actor(EventActor actor) {
        ObjectNode json = NODES.objectNode();
        json.put("role", lower(actor.role()));
        json.put("entity", actor.entity());
        json.set("span", span(actor.span()));
        json.put("affiliation", actor.affiliation());
        json.put("country", actor.country());
        return json;
    }

    private static ObjectNode quantity(Quantity quantity) {
        ObjectNode json = NODES.objectNode();
        json.set("span", span(quantity.span()));
        json.set("value", number(quantity.value()));
        json.put("unit", quantity.unit());
        json.set("normalized", nullable(quantity.normalized(), DocumentJson::measure));
        json.put("about", quantity.about());
        json.put("kind", lower(quantity.kind()));
        json.put("approximate", quantity.approximate());
        return json;
    }

    private static ObjectNode measure(Measure measure) {
        ObjectNode json = NODES.objectNode();
        json.set("value", number(measure.value()));
        json.put("unit", measure.unit());
        return json;
    }

    private static ObjectNode timex(Timex timex) {
        ObjectNode json = NODES.objectNode();
        json.set("span", span(timex.span()));
        json.put("type", timex.type());
        json.put("value", timex.value());
        return json;
    }

    private static ObjectNode span(Span span) {
        ObjectNode json = NODES.objectNode();
        json.put("start", span.start());
        json.put("end", span.end());
        json.put("text", span.text());
        return json;
    }

    /** Whole numbers without a fraction ("37", not "37.0"). */
    private static JsonNode number(double value) {
        if (value == (int) value) {
            return NODES.numberNode((int) value);
        }
        boolean whole = value == Math.rint(value) && Math.abs(value) < 0x1p53;
        return whole ? NODES.numberNode((long) value) : NODES.numberNode(value);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <T> JsonNode nullable(@Nullable T value, Function<T, ? extends JsonNode> toJson) {
        return value == null ? NullNode.instance : toJson.apply(value);
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> toJson) {
        ArrayNode array = NODES.arrayNode(items.size());
        items.forEach(item -> array.add(toJson.apply(item)));
        return array;
    }
}
