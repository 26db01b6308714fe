package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** {@code newsgraph export}: what it writes from the store is what io writes for the analysed documents. */
class ExportCommandTest extends TwoStoredArticles {

    @Test
    void jsonLinesAreTheDocumentsOldestFirst() {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "jsonl");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(withIds(EventQuestions.summit()) + "\n" + withIds(EventQuestions.visit()) + "\n");
    }

    @Test
    void documentsCarryTheActorAndStoryIdsOfTheStore() throws Exception {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "jsonl", "--actor", "Kim Jong Un");

        com.fasterxml.jackson.databind.JsonNode w1 = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.out());
        try (ArticleStore store = Stores.open(db)) {
            assertThat(w1.path("entities").get(0).path("name").asText()).isEqualTo("Kim Jong Un");
            assertThat(w1.path("entities").get(0).path("actor").asText())
                    .isEqualTo(Long.toString(store.actors().find("Kim Jong Un").get(0).id()));
            assertThat(w1.path("events").get(0).path("story").asText()).isEqualTo(Long.toString(
                    store.stories().memberships().stream().filter(m -> m.articleId().equals("w1") && m.eventId().equals("v1"))
                            .findFirst().orElseThrow().storyId()));
        }
    }

    /** The document JSON of an analysed document with the actor and story ids the store gave it. */
    private String withIds(Doc doc) {
        ObjectNode json = DocumentJson.toJson(doc);
        try (ArticleStore store = Stores.open(db)) {
            for (com.fasterxml.jackson.databind.JsonNode e : json.path("entities")) {
                List<org.newsgraph.store.actors.ActorSummary> actors = store.actors().find(e.path("name").asText());
                ((ObjectNode) e).put("actor", Long.toString(actors.get(0).id()));
            }
            for (com.fasterxml.jackson.databind.JsonNode e : json.path("events")) {
                String story = store.stories().memberships().stream()
                        .filter(m -> m.articleId().equals(doc.id()) && m.eventId().equals(e.path("id").asText()))
                        .map(m -> Long.toString(m.storyId())).findFirst().orElse(null);
                ((ObjectNode) e).put("story", story);
            }
        }
        return json.toString();
    }

    @Test
    void eventsCsvIsWhatTheEventCsvWriterWritesThenTheActorAndStoryIds() {
        List<List<String>> summit = EventCsvWriter.rows(EventQuestions.summit());
        List<List<String>> visit = EventCsvWriter.rows(EventQuestions.visit());

        Result result = ActorQuestions.run("export", "--db", db, "--format", "events-csv");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(header()
                + line(summit.get(0), EventQuestions.actorId(db, "Kim Jong Un"), EventQuestions.actorId(db, "Vladimir Putin"), EventQuestions.storyId(db, "w1", "v1"))
                + line(summit.get(1), EventQuestions.actorId(db, "Russia"), EventQuestions.actorId(db, "Ukraine"), EventQuestions.storyId(db, "w1", "v2"))
                + line(visit.get(0), EventQuestions.actorId(db, "Vladimir Putin"), "", EventQuestions.storyId(db, "w2", "v1")));
        assertThat(result.out()).contains("w1,2023-09-11,Russia,RUS,Ukraine,UKR,ASSAULT,,190,,alleged,Officials,"
                + "attacked,");
    }

    @Test
    void filtersByActorAndPublicationDate() {
        Result kim = ActorQuestions.run("export", "--db", db, "--format", "jsonl", "--actor", "Kim Jong Un");
        Result late = ActorQuestions.run("export", "--db", db, "--format", "events-csv", "--from", "2023-09-15");
        Result none = ActorQuestions.run("export", "--db", db, "--format", "jsonl", "--to", "2023-08");

        assertThat(kim.out()).isEqualTo(withIds(EventQuestions.summit()) + "\n");
        assertThat(late.out()).isEqualTo(header()
                + "w2,FUTURE_REF,Vladimir Putin,,Pyongyang,,CONSULT,visit,042,,planned,,visit,20,25,"
                + EventQuestions.actorId(db, "Vladimir Putin") + ",," + EventQuestions.storyId(db, "w2", "v1") + ",,\r\n");
        assertThat(none.out()).isEmpty();
    }

    private static String header() {
        return String.join(",", EventCsvWriter.COLUMNS) + ",source_actor_id,target_actor_id,story_id,source_actor_link,target_actor_link\r\n";
    }

    private static String line(List<String> row, String source, String target, String story) {
        List<String> all = new java.util.ArrayList<>(row);
        all.addAll(List.of(source, target, story, "", ""));
        return EventCsvWriter.line(all);
    }



    @Test
    void aFormatIsRequired() {
        Result missing = ActorQuestions.run("export", "--db", db);
        Result wrong = ActorQuestions.run("export", "--db", db, "--format", "xml");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("expected jsonl, events-csv, polecat, acled, gexf, graphml or neo4j but was 'xml'");
    }
}
