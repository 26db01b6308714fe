package org.newsgraph.server.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * An article's text with what was found in it marked: entity mentions (underlined in the colour
 * of their type), the source, cue and content of each attribution (three background colours),
 * event triggers (boxed) and dates (dotted). Marks may nest or overlap, so the text is cut at every
 * mark boundary and each piece carries the classes of all the marks over it: no markup nests
 * wrongly, whatever the spans. The text goes in as text nodes (escaped by jsoup). Stateless.
 */
final class AnnotatedText {

    /** A class and a tooltip over {@code [start, end)} of the text. */
    record Mark(int start, int end, String cssClass, String note) {
    }

    private AnnotatedText() {
    }

    /** Appends the marked text of {@code document} to {@code parent}. */
    static void append(Element parent, JsonNode document, Map<String, JsonNode> entities) {
        String text = document.path("text").asText("");
        List<Mark> marks = marks(document, entities, text.length());
        Element body = parent.appendElement("div").addClass("doc-text");
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark mark : marks) {
            cuts.add(mark.start());
            cuts.add(mark.end());
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = text.substring(from, to);
            Set<String> classes = new LinkedHashSet<>();
            Set<String> notes = new LinkedHashSet<>();
            for (Mark mark : marks) {
                if (mark.start() <= from && mark.end() >= to) {
                    classes.add(mark.cssClass());
                    notes.add(mark.note());
                }
            }
            if (classes.isEmpty()) {
                body.appendText(piece);
            } else {
                Element span = body.appendElement("span").text(piece).attr("title", String.join("\n", notes));
                classes.forEach(span::addClass);
            }
        }
    }

    static List<Mark> marks(JsonNode document, Map<String, JsonNode> entities, int length) {
        List<Mark> marks = new ArrayList<>();
        for (JsonNode entity : document.path("entities")) {
            String type = entity.path("type").asText("OTHER");
            for (JsonNode mention : entity.path("mentions")) {
                add(marks, mention, length, "ent ent-" + type.toLowerCase(Locale.ROOT),
                        type + ": " + entity.path("name").asText(""));
            }
        }
        for (JsonNode attribution : document.path("attributions")) {
            String id = attribution.path("id").asText("");
            String source = ArticleView.sourceName(attribution, entities);
            add(marks, attribution.path("content"), length, "att-content", "said (" + id + ") by " + source);
            add(marks, attribution.path("cue"), length, "att-cue", "cue of " + id);
            add(marks, attribution.path("source").path("span"), length, "att-source", "source of " + id + ": " + source);
        }
        for (JsonNode event : document.path("events")) {
            add(marks, event.path("trigger"), length, "ev-trigger",
                    "event " + event.path("type").asText("") + " (" + event.path("status").asText("") + ")");
        }
        for (JsonNode timex : document.path("timexes")) {
            add(marks, timex.path("span"), length, "timex", "date " + timex.path("value").asText(""));
        }
        return marks;
    }

    private static void add(List<Mark> marks, JsonNode span, int length, String cssClass, String note) {
        if (!span.isObject() || !span.path("start").canConvertToInt() || !span.path("end").canConvertToInt()) {
            return;
        }
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        // A document that does not fit its text (a broken row) is shown unmarked rather than refused.
        if (start >= 0 && start < end && end <= length) {
            marks.add(new Mark(start, end, cssClass, note));
        }
    }
}
