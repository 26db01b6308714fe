package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;
import org.newsgraph.server.bench.AnalyzeBench;

class AnalyzeBenchTest {

    @Test
    void everyRequestIsAnsweredAndCounted(@TempDir Path directory) {
        try (TestServer server = new TestServer(directory, Doc::of, Docs.summit(), Docs.talks())) {
            AnalyzeBench bench = new AnalyzeBench(server.server.uri());
            List<String> texts = bench.texts(10);

            AnalyzeBench.Result result = bench.run(texts, 6, 2);

            assertThat(texts).containsExactly(Docs.talks().article().text(), Docs.summit().article().text());
            assertThat(result.statuses()).isEqualTo(Map.of(200, 6));
            assertThat(result.okMillis()).hasSize(6);
            assertThat(result.percentile(50)).isLessThanOrEqualTo(result.percentile(99));
            assertThat(result.describe()).startsWith("analyze: 6 requests at concurrency 2 in ");
            assertThat(server.log).isEmpty();
        }
    }

    @Test
    void aFullQueueShowsAs429s(@TempDir Path directory) {
        ServerOptions options = ServerOptions.defaults().withPort(0).withAnalysis(1, 0, Duration.ofSeconds(30));
        try (TestServer server = new TestServer(directory, options, article -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Doc.of(article);
        }, Docs.summit())) {
            AnalyzeBench bench = new AnalyzeBench(server.server.uri());

            AnalyzeBench.Result result = bench.run(bench.texts(1), 8, 4);

            assertThat(result.statuses().keySet()).containsExactly(200, 429);
            assertThat(result.statuses().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        }
    }
}
