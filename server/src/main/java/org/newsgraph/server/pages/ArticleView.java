package org.newsgraph.server.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * A {@code newsgraph/document@1} document shown to an analyst: its title and metadata, its text with
 * what was found marked ({@link AnnotatedText}), and beside it the structured lists: attributions
 * (source, cue and what was said), events, entities with their roles, quantities and dates. Used by
 * the article page (a stored document) and the analyze page (a fresh one). Stateless.
 */
final class ArticleView {

    private ArticleView() {
    }

    /**
     * Appends the view to {@code parent}.
     *
     * @param entityHref where an entity's name links to (its actor page), or null for no link
     */
    static void append(Element parent, JsonNode document, Function<JsonNode, @Nullable String> entityHref) {
        Map<String, JsonNode> entities = new LinkedHashMap<>();
        for (JsonNode entity : document.path("entities")) {
            entities.put(entity.path("id").asText(""), entity);
        }
        Element layout = parent.appendElement("div").addClass("article-layout");
        Element column = layout.appendElement("article").addClass("text-column");
        String title = text(document, "title");
        column.appendElement("h1").text(title != null ? title : document.path("id").asText("(untitled)"));
        meta(column, document);
        legend(column);
        AnnotatedText.append(column, document, entities);
        Element aside = layout.appendElement("aside").addClass("lists");
        attributions(aside, document, entities);
        events(aside, document, entities);
        entities(aside, entities, entityHref);
        quantities(aside, document);
        dates(aside, document);
    }

    private static void meta(Element column, JsonNode document) {
        Element meta = column.appendElement("p").addClass("meta");
        List<String> parts = new ArrayList<>();
        parts.add("id " + document.path("id").asText(""));
        for (String field : List.of("source", "published", "language")) {
            String value = text(document, field);
            if (value != null) {
                parts.add(value);
            }
        }
        meta.text(String.join(" · ", parts));
        String url = text(document, "url");
        if (url != null) {
            meta.appendText(" · ");
            if (Page.isWebUrl(url)) {
                meta.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer nofollow").text(url);
            } else {
                meta.appendText(url);
            }
        }
    }

    private static void legend(Element column) {
        Element legend = column.appendElement("p").addClass("legend");
        legend.appendElement("span").addClass("att-source").text("source");
        legend.appendElement("span").addClass("att-cue").text("cue");
        legend.appendElement("span").addClass("att-content").text("what was said");
        legend.appendElement("span").addClass("ev-trigger").text("event");
        legend.appendElement("span").addClass("ent ent-person").text("person");
        legend.appendElement("span").addClass("ent ent-organization").text("organisation");
        legend.appendElement("span").addClass("ent ent-gpe").text("place");
        legend.appendElement("span").addClass("timex").text("date");
    }

    private static void attributions(Element aside, JsonNode document, Map<String, JsonNode> entities) {
        aside.appendElement("h2").text("Attributions");
        if (document.path("attributions").isEmpty()) {
            Page.none(aside, "No attributions found.");
            return;
        }
        Element rows = Page.table(aside, "attributions", "Source", "Cue", "What was said", "Kind");
        for (JsonNode attribution : document.path("attributions")) {
            Element row = rows.appendElement("tr").attr("data-id", attribution.path("id").asText(""));
            Page.cell(row, sourceName(attribution, entities)).addClass("att-source");
            Page.cell(row, spanText(attribution.path("cue"))).addClass("att-cue");
            Page.cell(row, spanText(attribution.path("content"))).addClass("att-content");
            Page.cell(row, attribution.path("kind").asText("") + ", " + attribution.path("certainty").asText(""));
        }
    }

    private static void events(Element aside, JsonNode document, Map<String, JsonNode> entities) {
        aside.appendElement("h2").text("Events");
        if (document.path("events").isEmpty()) {
            Page.none(aside, "No events found.");
            return;
        }
        Element rows = Page.table(aside, "events", "Type", "Source", "Trigger", "Target", "Status", "When");
        for (JsonNode event : document.path("events")) {
            Element row = rows.appendElement("tr");
            String mode = text(event, "mode");
            Page.cell(row, event.path("type").asText("") + (mode == null ? "" : " (" + mode + ")"));
            Page.cell(row, actors(event, "source", entities));
            Page.cell(row, spanText(event.path("trigger"))).addClass("ev-trigger-cell");
            Page.cell(row, actors(event, "target", entities));
            Page.cell(row, event.path("status").asText(""));
            JsonNode time = event.path("time");
            Page.cell(row, time.isObject() ? time.path("value").asText(spanText(time.path("span"))) : "");
        }
    }

    private static void entities(Element aside, Map<String, JsonNode> entities,
            Function<JsonNode, @Nullable String> entityHref) {
        aside.appendElement("h2").text("Entities");
        if (entities.isEmpty()) {
            Page.none(aside, "No entities found.");
            return;
        }
        Element rows = Page.table(aside, "entities", "Name", "Type", "Mentions", "Roles");
        for (JsonNode entity : entities.values()) {
            Element row = rows.appendElement("tr");
            String name = entity.path("name").asText("");
            String href = entityHref.apply(entity);
            if (href == null) {
                Page.cell(row, name);
            } else {
                Page.linkCell(row, href, name);
            }
            Page.cell(row, entity.path("type").asText(""));
            Page.cell(row, entity.path("mentions").size());
            List<String> roles = new ArrayList<>();
            for (JsonNode role : entity.path("roles")) {
                String of = text(role, "of");
                JsonNode ofEntity = of == null ? null : entities.get(of);
                roles.add(role.path("title").asText("")
                        + (of == null ? "" : " of " + (ofEntity != null ? ofEntity.path("name").asText(of) : of)));
            }
            Page.cell(row, String.join("; ", roles));
        }
    }

    private static void quantities(Element aside, JsonNode document) {
        if (document.path("quantities").isEmpty()) {
            return;
        }
        aside.appendElement("h2").text("Quantities");
        Element rows = Page.table(aside, "quantities", "Text", "Value", "Unit", "About");
        for (JsonNode quantity : document.path("quantities")) {
            Element row = rows.appendElement("tr");
            Page.cell(row, spanText(quantity.path("span")));
            Page.cell(row, quantity.path("value").asText(""));
            Page.cell(row, text(quantity, "unit"));
            Page.cell(row, text(quantity, "about"));
        }
    }

    private static void dates(Element aside, JsonNode document) {
        if (document.path("timexes").isEmpty()) {
            return;
        }
        aside.appendElement("h2").text("Dates");
        Element rows = Page.table(aside, "dates", "Text", "Value");
        for (JsonNode timex : document.path("timexes")) {
            Element row = rows.appendElement("tr");
            Page.cell(row, spanText(timex.path("span")));
            Page.cell(row, text(timex, "value"));
        }
    }

    /** Who an attribution's source is: its entity's name, else the source's words, else "unattributed". */
    static String sourceName(JsonNode attribution, Map<String, JsonNode> entities) {
        JsonNode source = attribution.path("source");
        String entityId = text(source, "entity");
        if (entityId != null && entities.containsKey(entityId)) {
            return entities.get(entityId).path("name").asText(entityId);
        }
        String words = spanText(source.path("span"));
        return words.isEmpty() ? "(unattributed)" : words;
    }

    private static String actors(JsonNode event, String role, Map<String, JsonNode> entities) {
        List<String> names = new ArrayList<>();
        for (JsonNode actor : event.path("actors")) {
            if (role.equals(actor.path("role").asText())) {
                String entityId = text(actor, "entity");
                JsonNode entity = entityId == null ? null : entities.get(entityId);
                names.add(entity != null ? entity.path("name").asText("") : spanText(actor.path("span")));
            }
        }
        return String.join("; ", names);
    }

    private static String spanText(JsonNode span) {
        return span.isObject() ? span.path("text").asText("") : "";
    }

    private static @Nullable String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }
}
