package org.newsgraph.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.store.events.StoredIds;

class AcledWriterTest {

    private static final String TEXT = "Talks went on. The army shelled Kharkiv and Izium on Monday! Officials\n"
            + "said more. Protesters plan a march.";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return Span.of(TEXT, at, at + words.length());
    }

    private static Doc doc(Event... events) {
        return Doc.of(new Article("k1", TEXT, null, "2024-05-14T09:00:00Z", null, "Wire")).withEvents(List.of(events));
    }

    private static final Event SHELLING = new Event("v1", "ASSAULT", "heavy-weapons", null, span("shelled"),
            List.of(new EventActor(ActorRole.SOURCE, null, span("The army"), null, null),
                    new EventActor(ActorRole.TARGET, null, span("Kharkiv"), null, "UKR"),
                    new EventActor(ActorRole.TARGET, null, span("Izium"), null, "UKR")),
            null, new Timex(span("Monday"), "DATE", "2024-05-13"), EventStatus.OCCURRED, null);

    private static Map<String, String> named(List<String> row) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).isEmpty()) {
                named.put(AcledWriter.COLUMNS.get(i), row.get(i));
            }
        }
        return named;
    }

    @Test
    void aShellingIsRemoteViolenceWithItsSentenceAsNotes() {
        List<String> row = AcledWriter.row(doc(SHELLING), new StoredIds(Map.of(), Map.of("v1", "4")), SHELLING)
                .orElseThrow();

        assertThat(row).hasSize(AcledWriter.COLUMNS.size());
        assertThat(named(row)).containsExactly(Map.entry("event_id_cnty", "k1#v1"), Map.entry("event_date", "2024-05-13"),
                Map.entry("year", "2024"), Map.entry("time_precision", "1"),
                Map.entry("disorder_type", "Political violence"), Map.entry("event_type", "Explosions/Remote violence"),
                Map.entry("sub_event_type", "Shelling/artillery/missile attack"), Map.entry("actor1", "The army"),
                Map.entry("actor2", "Kharkiv"), Map.entry("assoc_actor_2", "Izium"), Map.entry("source", "Wire"),
                Map.entry("notes", "The army shelled Kharkiv and Izium on Monday!"), Map.entry("story_id", "4"));
    }

    @Test
    void withoutItsOwnDayTheEventTakesThePublicationDayLessPrecisely() {
        Event march = new Event("v2", "PROTEST", "demo", null, span("march"),
                List.of(new EventActor(ActorRole.SOURCE, null, span("Protesters"), null, null)), null, null,
                EventStatus.OCCURRED, null);

        Map<String, String> row = named(AcledWriter.row(doc(march), new StoredIds(Map.of(), Map.of()), march)
                .orElseThrow());

        assertThat(row).containsEntry("event_date", "2024-05-14").containsEntry("time_precision", "2")
                .containsEntry("event_type", "Protests").containsEntry("notes", "Protesters plan a march.");
    }

    @Test
    void plannedEventsAndVerbalOnesAreNotAcledEvents() {
        Event planned = new Event("v3", "PROTEST", "demo", null, span("march"), List.of(), null, null,
                EventStatus.PLANNED, null);
        Event said = new Event("v4", "ACCUSE", null, null, span("said"), List.of(), null, null, EventStatus.OCCURRED,
                null);

        assertThat(AcledWriter.row(doc(planned), new StoredIds(Map.of(), Map.of()), planned)).isEmpty();
        assertThat(AcledWriter.row(doc(said), new StoredIds(Map.of(), Map.of()), said)).isEmpty();
    }

    @Test
    void aLineBreakEndsTheNotesSentenceAndNoValueSpansTwoLines() {
        Event said = new Event("v5", "ASSAULT", null, null, span("Officials"), List.of(), null, null,
                EventStatus.OCCURRED, null);

        assertThat(AcledWriter.notes(doc(said), said)).isEqualTo("Officials");
        assertThat(AcledWriter.line(List.of("a\nb", "c"))).isEqualTo("a b,c\r\n");
    }
}
