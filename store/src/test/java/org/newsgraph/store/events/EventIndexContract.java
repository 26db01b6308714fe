package org.newsgraph.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.ArticleStore;

/** What the event questions and the export's document query must do on every database. */
abstract class EventIndexContract {

    private ArticleStore store;

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    @BeforeEach
    void storeBoth() {
        store = openEmpty();
        store.store(EventDocs.summit());
        store.store(EventDocs.visit());
        store.actors().linkUnlinked();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<StoredEvent> find(String type, Long actor, String from, String to, String status, int limit) {
        return store.events().find(new EventFilter(type, actor, from, to, status, limit));
    }

    private long actor(String name) {
        return store.actors().find(name).get(0).id();
    }

    @Test
    void allEventsNewestFirstWithTheirActors() {
        List<StoredEvent> events = find(null, null, null, null, null, 10);

        assertThat(events).containsExactly(
                new StoredEvent("w2", "v1", "2023-09-20", "CONSULT", "visit", "planned", "visit",
                        List.of("Vladimir Putin"), List.of("Pyongyang"), null),
                new StoredEvent("w1", "v1", "2023-09-12", "CONSULT", "meet", "occurred", "met",
                        List.of("Kim Jong Un"), List.of("Vladimir Putin"), "Vladivostok"),
                new StoredEvent("w1", "v2", "2023-09-11", "ASSAULT", null, "alleged", "attacked",
                        List.of("Russia"), List.of("Ukraine"), null));
    }

    @Test
    void filtersByTypeStatusActorDatesAndLimit() {
        assertThat(find("consult", null, null, null, null, 10)).extracting(StoredEvent::articleId, StoredEvent::eventId)
                .containsExactly(tuple("w2", "v1"), tuple("w1", "v1"));
        assertThat(find(null, null, null, null, "ALLEGED", 10)).extracting(StoredEvent::trigger)
                .containsExactly("attacked");
        assertThat(find(null, actor("Vladimir Putin"), null, null, null, 10)).extracting(StoredEvent::trigger)
                .containsExactly("visit", "met");
        assertThat(find(null, actor("Ukraine"), null, null, null, 10)).extracting(StoredEvent::trigger)
                .containsExactly("attacked");
        assertThat(find(null, null, "2023-09-12", "2023-09-12", null, 10)).extracting(StoredEvent::trigger)
                .containsExactly("met");
        assertThat(find(null, null, "2023-09-12", null, null, 10)).extracting(StoredEvent::trigger)
                .containsExactly("visit", "met");
        assertThat(find(null, null, null, "2023-09", null, 10)).extracting(StoredEvent::trigger)
                .containsExactly("visit", "met", "attacked");
        assertThat(find(null, null, null, null, null, 1)).extracting(StoredEvent::trigger).containsExactly("visit");
        assertThat(find("PROTEST", null, null, null, null, 10)).isEmpty();
    }

    @Test
    void documentsOldestFirstFilteredByActorAndPublicationDate() {
        assertThat(store.events().documents(null, null, null))
                .allSatisfy(json -> assertThat(json).startsWith("{"))
                .extracting(json -> json.contains("\"w1\"") ? "w1" : "w2")
                .containsExactly("w1", "w2");
        assertThat(store.events().documents(actor("Kim Jong Un"), null, null)).hasSize(1)
                .allSatisfy(json -> assertThat(json).contains("\"id\":\"w1\""));
        assertThat(store.events().documents(null, "2023-09-15", "2023-09-30")).hasSize(1)
                .allSatisfy(json -> assertThat(json).contains("\"id\":\"w2\""));
        assertThat(store.events().documents(null, "2023-10-01", null)).isEmpty();
    }

    @Test
    void documentsCarryTheActorAndStoryIdsTheStoreAssigned() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode w1 = mapper.readTree(store.events().latestDocument("w1").orElseThrow());

        List<String> actorIds = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : w1.path("entities")) {
            String name = e.path("name").asText();
            actorIds.add(name + "=" + e.path("actor").asText());
        }
        assertThat(actorIds).containsExactlyInAnyOrder(
                "Kim Jong Un=" + actor("Kim Jong Un"), "Vladimir Putin=" + actor("Vladimir Putin"),
                "Vladivostok=" + actor("Vladivostok"), "Russia=" + actor("Russia"), "Ukraine=" + actor("Ukraine"));
        java.util.Map<String, String> stories = new java.util.HashMap<>();
        store.stories().memberships().stream().filter(m -> m.articleId().equals("w1"))
                .forEach(m -> stories.put(m.eventId(), Long.toString(m.storyId())));
        assertThat(stories).containsOnlyKeys("v1", "v2");
        for (com.fasterxml.jackson.databind.JsonNode e : w1.path("events")) {
            assertThat(e.path("story").asText()).isEqualTo(stories.get(e.path("id").asText()));
        }
        assertThat(store.events().documents(null, null, "2023-09-12")).containsExactly(
                store.events().latestDocument("w1").orElseThrow());
        assertThat(store.events().latestDocument("nobody")).isEmpty();
    }

    @Test
    void exportedLinesReadBackAsTheDocumentsWithTheirStoryIds() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String document : store.events().documents(null, null, null)) {
            DocumentLines.write(lines, document);
        }

        List<String> read = new java.util.ArrayList<>();
        for (String line : lines.toString().split(System.lineSeparator())) {
            DocumentLines.Exported exported = DocumentLines.read(line);
            for (org.newsgraph.model.Event e : exported.doc().events()) {
                read.add(exported.doc().id() + " " + e.id() + " " + e.trigger().text() + " "
                        + exported.ids().story(e.id()).orElse("none"));
            }
        }
        List<String> stored = store.stories().memberships().stream()
                .map(m -> m.articleId() + " " + m.eventId() + " " + (m.articleId().equals("w1")
                        ? EventDocs.SUMMIT_TEXT : EventDocs.VISIT_TEXT).substring(m.start(), m.end()) + " " + m.storyId())
                .toList();
        assertThat(lines.toString()).endsWith("}" + System.lineSeparator());
        assertThat(lines.toString().split(System.lineSeparator())).hasSize(2);
        assertThat(read).hasSize(3).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(read.get(0)).startsWith("w1 v1 met ");
    }
}
