package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/** The real analyser's documents, written as JSON and read back. */
class DocumentReaderAnalyzerTest {

    private static final List<String> TEXTS = List.of(
            "Foreign Minister Lena Varga of Norland met Estavian President Tomas Ruud in Veldin on Tuesday. "
                    + "Varga said the two countries would sign a trade agreement next month.",
            "Protesters gathered outside the parliament in Kestrel on Friday. Police said about 3,000 people "
                    + "joined the march, and officials denied that troops had fired on the crowd.",
            "The central bank of Norland raised interest rates by 0.5 percentage points, its governor told "
                    + "reporters. \"Inflation remains too high,\" she said.");

    private static Doc analyze(int i) {
        return OneAnalyzer.get().analyze(new Article("t" + i, TEXTS.get(i), "Test " + i, "2024-05-0" + (i + 1),
                "https://news.test/" + i, "Test Wire"));
    }

    @Test
    void analysedDocumentsComeBackWithTheirRecordsAndWriteTheSameJson() {
        int events = 0;
        int attributions = 0;
        int quantities = 0;
        int timexes = 0;
        for (int i = 0; i < TEXTS.size(); i++) {
            Doc doc = analyze(i);
            ObjectNode json = DocumentJson.toJson(doc);

            Doc read = DocumentReader.fromJson(json);

            assertThat(DocumentJson.toJson(read)).isEqualTo(json);
            assertThat(read.article()).isEqualTo(doc.article());
            assertThat(read.language()).isEqualTo(doc.language());
            assertThat(read.attributions()).isEqualTo(doc.attributions());
            assertThat(read.events()).isEqualTo(doc.events());
            assertThat(read.quantities()).isEqualTo(doc.quantities());
            assertThat(read.timexes()).isEqualTo(doc.timexes());
            assertThat(read.entities()).extracting(Entity::id, Entity::type, Entity::name, Entity::roles)
                    .isEqualTo(doc.entities().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.id(), e.type(),
                            e.name(), e.roles())).toList());
            assertThat(read.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::span).toList())
                    .isEqualTo(doc.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::span).toList());
            assertThat(doc.entities()).isNotEmpty();
            events += doc.events().size();
            attributions += doc.attributions().size();
            quantities += doc.quantities().size();
            timexes += doc.timexes().size();
        }
        assertThat(List.of(events, attributions, quantities, timexes)).allMatch(n -> n > 0);
    }
}
