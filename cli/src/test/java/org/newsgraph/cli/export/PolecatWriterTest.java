package org.newsgraph.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.store.events.StoredIds;

/** POLECAT rows: one line per event whatever the names hold, and each side's actors aligned. */
class PolecatWriterTest {

    private static final String TEXT = "The \"Tiger\" Brigade and Kim Jong Un attacked the\nTown Council.";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return Span.of(TEXT, at, at + words.length());
    }

    private static Entity entity(String id, EntityType type, String name, String words, List<Role> roles) {
        return new Entity(id, type, name, List.of(new Mention(span(words), 0, 1, 0, type, MentionKind.NAME)), roles);
    }

    /** Two attackers (one with a title and a Wikipedia page), a target whose words span a line break. */
    private static Doc doc() {
        Entity tigers = entity("e1", EntityType.ORGANIZATION, "The \"Tiger\"\tBrigade", "\"Tiger\" Brigade", List.of());
        Entity kim = entity("e2", EntityType.PERSON, "Kim Jong Un", "Kim Jong Un",
                List.of(new Role("leader", null, span("Kim Jong Un")))).withLink(new Link("Kim_Jong_Un", 0.9));
        Event attack = new Event("v1", "ASSAULT", null, "190", span("attacked"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", span("\"Tiger\" Brigade")),
                        new EventActor(ActorRole.SOURCE, "e2", span("Kim Jong Un"), null, "PRK"),
                        new EventActor(ActorRole.SOURCE, "e2", span("Kim Jong Un"), null, "PRK"),
                        new EventActor(ActorRole.TARGET, null, span("the\nTown Council"))),
                null, null, EventStatus.OCCURRED, null);
        return Doc.of(new Article("a\t1", TEXT, null, "2024-01-05T10:00:00Z", null, "Wire\nService"))
                .withEntities(List.of(tigers, kim)).withEvents(List.of(attack));
    }

    @Test
    void tabsAndLineBreaksBecomeSpacesAndQuotesAreQuoted() {
        assertThat(PolecatWriter.field("a\tb\r\nc")).isEqualTo("a b c");
        assertThat(PolecatWriter.field("The \"Tiger\"\tBrigade")).isEqualTo("\"The \"\"Tiger\"\" Brigade\"");
        assertThat(PolecatWriter.field("plain")).isEqualTo("plain");
        assertThat(PolecatWriter.line(List.of("a\u2028b", "", "c"))).isEqualTo("a b\t\tc\n");
    }

    @Test
    void aRowListsEachSidesActorsInOrderWithTheirOwnValues() {
        Map<String, String> row = named(PolecatWriter.row(doc(), new StoredIds(Map.of(), Map.of("v1", "17")),
                doc().events().get(0)));

        assertThat(row.get("Event ID")).isEqualTo("a\t1#v1");
        assertThat(row.get("Event Date")).isEqualTo("2024-01-05");
        assertThat(row.get("Publication Date")).isEqualTo("2024-01-05T10:00:00Z");
        assertThat(row.get("Actor Name")).isEqualTo("The \"Tiger\"\tBrigade; Kim Jong Un");
        assertThat(row.get("Actor Country")).isEqualTo("; PRK");
        assertThat(row.get("Actor Title")).isEqualTo("; leader");
        assertThat(row.get("Actor Name Raw")).isEqualTo("\"Tiger\" Brigade; Kim Jong Un");
        assertThat(row.get("Wikipedia Actor ID")).isEqualTo("; Kim_Jong_Un");
        assertThat(row.get("Recipient Name")).isEqualTo("the Town Council");
        assertThat(row.get("Recipient Country")).isEmpty();
        assertThat(row.get("Story People")).isEqualTo("Kim Jong Un");
        assertThat(row.get("Story Organizations")).isEqualTo("The \"Tiger\"\tBrigade");
        assertThat(row.get("Language")).isEmpty();
        assertThat(row.get("Story ID")).isEqualTo("17");
    }

    @Test
    void theWrittenTableHasOneLineAPerEventAndTheHeaderOnce() throws Exception {
        StringWriter out = new StringWriter();
        PolecatWriter writer = new PolecatWriter(out);
        writer.write(doc(), StoredIds.none(), event -> true);
        writer.write(doc(), StoredIds.none(), event -> false);
        writer.flush();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", PolecatWriter.COLUMNS));
        assertThat(lines.get(1).split("\t", -1)).hasSize(43);
        assertThat(lines.get(1)).startsWith("a 1#v1\t2024-01-05\tASSAULT\t\t\tMATERIAL CONFLICT\t\t"
                + "\"The \"\"Tiger\"\" Brigade; Kim Jong Un\"\t; PRK\t\t\t\t; leader\t");
        assertThat(lines.get(1)).contains("\tWire Service\t2024-01-05T10:00:00Z\tKim Jong Un\t");
    }

    @Test
    void theEmptyColumnsArePolecatColumns() {
        assertThat(PolecatWriter.POLECAT_COLUMNS).hasSize(40).containsAll(PolecatWriter.EMPTY_COLUMNS);
        assertThat(PolecatWriter.EMPTY_COLUMNS).hasSize(17);
        assertThat(PolecatWriter.isPloverType("SANCTION")).isTrue();
        assertThat(PolecatWriter.isPloverType("quotes")).isFalse();
    }

    private static Map<String, String> named(List<String> row) {
        assertThat(row).hasSize(PolecatWriter.COLUMNS.size());
        java.util.LinkedHashMap<String, String> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            named.put(PolecatWriter.COLUMNS.get(i), row.get(i));
        }
        return named;
    }
}
