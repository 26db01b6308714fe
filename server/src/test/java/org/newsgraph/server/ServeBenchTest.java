package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;
import org.newsgraph.server.bench.RouteTiming;
import org.newsgraph.server.bench.ServeBench;

class ServeBenchTest {

    @Test
    void everyViewIsRequestedTheGivenNumberOfTimes(@TempDir Path directory) {
        try (TestServer server = new TestServer(directory, Doc::of, Docs.summit(), Docs.talks())) {
            List<RouteTiming> timings = new ServeBench(server.server.uri()).run(3);

            assertThat(timings).extracting(RouteTiming::route).containsExactly("/", "/?q={actor name}",
                    "/articles/{id}", "/actors/{id}", "/stories/{id}", "/network", "/analyze", "/api/articles",
                    "/api/articles?q={word}", "/api/articles/{id}", "/api/actors", "/api/actors/{id}", "/api/events",
                    "/api/events?actor={name}", "/api/stories", "/api/stories/{id}", "/api/conflicts", "/api/quotes",
                    "/api/quotes?speaker={name}", "/api/search?q={name}", "/openapi.json");
            assertThat(timings).allSatisfy(t -> {
                assertThat(t.requests()).isEqualTo(3);
                assertThat(t.medianMs()).isPositive().isLessThanOrEqualTo(t.p95Ms());
            });
            assertThat(server.log).isEmpty();
        }
    }
}
