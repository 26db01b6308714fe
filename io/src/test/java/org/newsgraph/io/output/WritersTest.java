package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.codec.SampleDocs;

class WritersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void jsonLinesWritesOneCompactObjectPerLine() throws Exception {
        StringWriter out = new StringWriter();
        JsonLinesWriter writer = new JsonLinesWriter(out);

        writer.write(SampleDocs.full());
        writer.write(SampleDocs.empty());
        writer.flush();

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(MAPPER.readTree(lines[0])).isEqualTo(DocumentJson.toJson(SampleDocs.full()));
        assertThat(lines[1]).isEqualTo(DocumentJson.toJson(SampleDocs.empty()).toString());
    }

    @Test
    void prettyJsonIndentsWithTwoSpaces() throws Exception {
        StringWriter out = new StringWriter();

        new PrettyJsonWriter(out).write(SampleDocs.empty());

        assertThat(out.toString()).isEqualTo("""
                {
                  "schema": "newsgraph/document@1",
                  "id": "blank-1",
                  "url": null,
                  "source": null,
                  "title": null,
                  "published": null,
                  "language": null,
                  "text": "Nothing to see.",
                  "entities": [],
                  "attributions": [],
                  "events": [],
                  "quantities": [],
                  "timexes": []
                }
                """);
    }

    @Test
    void prettyJsonOfSeveralDocumentsIsAStreamOfObjects() throws Exception {
        StringWriter out = new StringWriter();
        PrettyJsonWriter writer = new PrettyJsonWriter(out);

        writer.write(SampleDocs.full());
        writer.write(SampleDocs.empty());

        var values = MAPPER.readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(out.toString()).readAll();
        assertThat(values).containsExactly(DocumentJson.toJson(SampleDocs.full()), DocumentJson.toJson(SampleDocs.empty()));
    }

    @Test
    void textSummariesAreSeparatedByABlankLine() throws Exception {
        StringWriter out = new StringWriter();
        TextSummaryWriter writer = new TextSummaryWriter(out);

        writer.write(SampleDocs.empty());
        writer.write(SampleDocs.empty());

        String one = TextSummary.render(SampleDocs.empty());
        assertThat(out.toString()).isEqualTo(one + "\n" + one);
    }
}
