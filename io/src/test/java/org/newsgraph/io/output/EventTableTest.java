package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.codec.SampleDocs;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;

class EventTableTest {

    @Test
    void actorsShowTheCountryTheyAreOrActFor() {
        Doc doc = SampleDocs.full();
        Event visit = new Event("v1", "CONSULT", "visit", "042", SampleDocs.span(SampleDocs.TEXT, "send"),
                List.of(new EventActor(ActorRole.SOURCE, "e2", SampleDocs.span(SampleDocs.TEXT, "Anna Berg"), "e1", "NRL"),
                        new EventActor(ActorRole.TARGET, "e3", SampleDocs.span(SampleDocs.TEXT, "Estavia"), null, "EST"),
                        new EventActor(ActorRole.OTHER, null, SampleDocs.span(SampleDocs.TEXT, "The ferry"))),
                "e3", null, EventStatus.OCCURRED, null);

        assertThat(EventTable.render(List.of(visit), new Names(doc.withEvents(List.of(visit))))).isEqualTo("""
                  TYPE           SOURCE → TARGET                              WHERE    WHEN  STATUS    TRIGGER
                  CONSULT/visit  Anna Berg [NRL] → Estavia [EST] + The ferry  Estavia  -     occurred  “send”
                """);
    }
}
