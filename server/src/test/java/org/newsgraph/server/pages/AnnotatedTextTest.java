package org.newsgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    private static String render(String json) throws Exception {
        JsonNode document = new ObjectMapper().readTree(json);
        Map<String, JsonNode> entities = new LinkedHashMap<>();
        document.path("entities").forEach(e -> entities.put(e.path("id").asText(), e));
        Element parent = new Document("").appendElement("div");
        AnnotatedText.append(parent, document, entities);
        parent.ownerDocument().outputSettings().prettyPrint(false);
        return parent.selectFirst(".doc-text").outerHtml().replaceAll(" title=\"[^\"]*\"", "");
    }

    @Test
    void overlappingMarksAreCutIntoFlatPiecesWithAllTheirClasses() throws Exception {
        String html = render("""
                {"text": "Ann said Bob left.",
                 "entities": [{"id": "e1", "type": "PERSON", "name": "Ann", "mentions": [{"start": 0, "end": 3}]},
                              {"id": "e2", "type": "PERSON", "name": "Bob", "mentions": [{"start": 9, "end": 12}]}],
                 "attributions": [{"id": "a1", "content": {"start": 9, "end": 17}, "cue": {"start": 4, "end": 8},
                                   "source": {"span": {"start": 0, "end": 3}, "entity": "e1"}}],
                 "events": [{"type": "RETREAT", "status": "occurred", "trigger": {"start": 13, "end": 17}}]}""");

        assertThat(html).isEqualTo("<div class=\"doc-text\"><span class=\"ent ent-person att-source\">Ann</span> "
                + "<span class=\"att-cue\">said</span> <span class=\"ent ent-person att-content\">Bob</span>"
                + "<span class=\"att-content\"> </span><span class=\"att-content ev-trigger\">left</span>.</div>");
    }

    @Test
    void spansOutsideTheTextAreLeftUnmarkedAndMarkupStaysText() throws Exception {
        String html = render("""
                {"text": "<b>x</b>",
                 "entities": [{"id": "e1", "type": "GPE", "name": "x", "mentions": [{"start": 3, "end": 40}]}]}""");

        assertThat(html).isEqualTo("<div class=\"doc-text\">&lt;b&gt;x&lt;/b&gt;</div>");
    }
}
