package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.codec.SampleDocs;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;

class EventCsvWriterTest {

    private static final String HEADER = "document_id,date,source_name,source_country,target_name,target_country,"
            + "type,mode,cameo,location,status,attribution_source,trigger,trigger_start,trigger_end\r\n";

    private static String csv(Doc... docs) throws Exception {
        StringWriter out = new StringWriter();
        EventCsvWriter writer = new EventCsvWriter(out);
        for (Doc doc : docs) {
            writer.write(doc);
        }
        writer.flush();
        return out.toString();
    }

    @Test
    void writesAHeaderThenOneRowPerEvent() throws Exception {
        int send = SampleDocs.TEXT.indexOf("send");
        assertThat(csv(SampleDocs.full(), SampleDocs.empty())).isEqualTo(HEADER
                + "ferry-1,2024-03-04,Norland,,Estavia,,AID,humanitarian,073,,planned,Anna Berg,send,"
                + send + "," + (send + 4) + "\r\n");
    }

    @Test
    void anEmptyRunStillWritesTheHeader() throws Exception {
        assertThat(csv()).isEqualTo(HEADER);
        assertThat(csv(SampleDocs.empty())).isEqualTo(HEADER);
    }

    @Test
    void joinsActorsOfASideAndTheirDistinctCountriesAndFallsBackToThePublicationDate() throws Exception {
        Doc full = SampleDocs.full();
        Event visit = new Event("v2", "CONSULT", null, "040", SampleDocs.span(SampleDocs.TEXT, "said"),
                List.of(new EventActor(ActorRole.SOURCE, "e2", SampleDocs.span(SampleDocs.TEXT, "Anna Berg"), "e1", "NRL"),
                        new EventActor(ActorRole.SOURCE, "e1", SampleDocs.span(SampleDocs.TEXT, "Norland"), null, "NRL"),
                        new EventActor(ActorRole.TARGET, null, SampleDocs.span(SampleDocs.TEXT, "the Harbour Gazette"))),
                "e3", null, EventStatus.OCCURRED, null);
        String[] lines = csv(full.withEvents(List.of(visit))).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("ferry-1,2024-03-05,Anna Berg; Norland,NRL,the Harbour Gazette,,CONSULT,,040,"
                + "Estavia,occurred,,said," + SampleDocs.TEXT.indexOf("said") + "," + (SampleDocs.TEXT.indexOf("said") + 4));
    }

    @Test
    void quotesFieldsAsRfc4180Says() {
        assertThat(EventCsvWriter.quote("Kim Jong Un")).isEqualTo("Kim Jong Un");
        assertThat(EventCsvWriter.quote("US, Europe")).isEqualTo("\"US, Europe\"");
        assertThat(EventCsvWriter.quote("the “two” \"leaders\"")).isEqualTo("\"the “two” \"\"leaders\"\"\"");
        assertThat(EventCsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EventCsvWriter.line(List.of("a", "", "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
    }

    @Test
    void theHeaderNamesFifteenColumns() {
        assertThat(EventCsvWriter.COLUMNS).hasSize(15).startsWith("document_id", "date").endsWith("trigger_end");
    }
}
