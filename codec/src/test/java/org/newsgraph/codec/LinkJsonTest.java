package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;

class LinkJsonTest {

    private static Doc linked() {
        Doc doc = SampleDocs.full();
        List<Entity> entities = new ArrayList<>(doc.entities());
        entities.set(0, entities.get(0).withLink(new Link("Norland_(country)", 0.8734)));
        return doc.withLinks(entities);
    }

    @Test
    void aLinkIsWrittenWithItsUrlAndRoundedScoreAndReadBack() {
        JsonNode json = DocumentJson.toJson(linked());

        JsonNode link = json.get("entities").get(0).get("link");
        assertThat(link.get("title").asText()).isEqualTo("Norland_(country)");
        assertThat(link.get("url").asText()).isEqualTo("https://en.wikipedia.org/wiki/Norland_(country)");
        assertThat(link.get("score").asDouble()).isEqualTo(0.873);
        assertThat(json.get("entities").get(1).has("link")).isFalse();
        assertThat(DocumentReader.read(json.toString()).entities().get(0).link())
                .isEqualTo(new Link("Norland_(country)", 0.873));
        assertThat(Schemas.violations(json)).isEmpty();
    }
}
