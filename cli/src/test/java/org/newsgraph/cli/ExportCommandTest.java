package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ActorQuestions.Result;
import org.newsgraph.io.output.DocumentJson;
import org.newsgraph.io.output.EventCsvWriter;

/** {@code newsgraph export}: what it writes from the store is what io writes for the analysed documents. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeTwoArticles() {
        db = dir.resolve("db").toString();
        EventQuestions.storeBoth(db);
    }

    @Test
    void jsonLinesAreTheDocumentsOldestFirst() {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "jsonl");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(DocumentJson.toJson(EventQuestions.summit()) + "\n"
                + DocumentJson.toJson(EventQuestions.visit()) + "\n");
    }

    @Test
    void eventsCsvIsWhatTheEventCsvWriterWrites() throws Exception {
        StringWriter expected = new StringWriter();
        EventCsvWriter writer = new EventCsvWriter(expected);
        writer.write(EventQuestions.summit());
        writer.write(EventQuestions.visit());
        writer.flush();

        Result result = ActorQuestions.run("export", "--db", db, "--format", "events-csv");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(expected.toString());
        assertThat(result.out()).contains("w1,2023-09-11,Russia,RUS,Ukraine,UKR,ASSAULT,,190,,alleged,Officials,"
                + "attacked,");
    }

    @Test
    void filtersByActorAndPublicationDate() {
        Result kim = ActorQuestions.run("export", "--db", db, "--format", "jsonl", "--actor", "Kim Jong Un");
        Result late = ActorQuestions.run("export", "--db", db, "--format", "events-csv", "--from", "2023-09-15");
        Result none = ActorQuestions.run("export", "--db", db, "--format", "jsonl", "--to", "2023-08");

        assertThat(kim.out()).isEqualTo(DocumentJson.toJson(EventQuestions.summit()) + "\n");
        assertThat(late.out()).isEqualTo(String.join(",", EventCsvWriter.COLUMNS) + "\r\n"
                + "w2,FUTURE_REF,Vladimir Putin,,Pyongyang,,CONSULT,visit,042,,planned,,visit,20,25\r\n");
        assertThat(none.out()).isEmpty();
    }

    @Test
    void aFormatIsRequired() {
        Result missing = ActorQuestions.run("export", "--db", db);
        Result wrong = ActorQuestions.run("export", "--db", db, "--format", "xml");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("expected jsonl, events-csv, gexf, graphml or neo4j but was 'xml'");
    }
}
