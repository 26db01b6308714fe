package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.Stores;

/** {@code newsgraph ingest} end to end with the real analyser (shared through {@link Analyzers}). */
class IngestEndToEndTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSharedAnalyzer() {
        Analyzers.get(AnalyzerConfig.defaults());
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result ingest() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "ingest", "--db",
                dir.resolve("db").toString(), "--threads", "2", dir.resolve("in").toString());
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void storesWhatTheAnalyserFindsAndARerunAddsNothing() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/flood.txt"), "Heavy rain flooded the town of Bexley on Monday, "
                + "officials said. Mayor Jane Porter said 40 homes were evacuated.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("in/budget.txt"), "The city council of Leeds approved a new budget on "
                + "Tuesday. \"We had no choice,\" council leader Tom Hardy told reporters.", StandardCharsets.UTF_8);

        Result first = ingest();

        assertThat(first.exitCode()).isEqualTo(0);
        assertThat(first.out()).contains(": 2 stored (2 new articles, 0 new versions), 0 unchanged, 0 failed, ");
        List<Doc> expected = analyseDirectly();
        try (ArticleStore store = Stores.open(dir.resolve("db").toString())) {
            for (Doc doc : expected) {
                String stored = store.findLatest(doc.id()).orElseThrow().document();
                assertThat(MAPPER.readTree(stored)).isEqualTo(DocumentJson.toJson(doc));
            }
            assertThat(store.counts()).isEqualTo(countsOf(expected));
            assertThat(store.counts().entities()).isPositive();
        }

        Result again = ingest();

        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.out()).contains(": 0 stored (0 new articles, 0 new versions), 2 unchanged, 0 failed, ");
    }

    /** The same inputs read and analysed without the command, for comparison. */
    private List<Doc> analyseDirectly() {
        try (Stream<InputItem> items = new InputReader(ReadOptions.defaults()).read(List.of(dir.resolve("in").toString()))) {
            return items.map(item -> Analyzers.get(AnalyzerConfig.defaults())
                    .analyze(((InputItem.Loaded) item).article())).toList();
        }
    }

    private static StoreCounts countsOf(List<Doc> docs) {
        long entities = 0;
        long mentions = 0;
        long roles = 0;
        long attributions = 0;
        long events = 0;
        long actors = 0;
        for (Doc doc : docs) {
            for (Entity entity : doc.entities()) {
                entities++;
                mentions += entity.mentions().size();
                roles += entity.roles().size();
            }
            attributions += doc.attributions().size();
            for (Event event : doc.events()) {
                events++;
                actors += event.actors().size();
            }
        }
        return new StoreCounts(docs.size(), docs.size(), entities, mentions, roles, attributions, events, actors);
    }
}
