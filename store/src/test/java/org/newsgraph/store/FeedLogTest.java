package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What feed watching keeps in the store survives closing and reopening it. */
class FeedLogTest {

    @TempDir
    Path directory;

    private ArticleStore open() {
        return TestH2.open(directory);
    }

    @Test
    void validatorsAndSeenItemsSurviveARestart() {
        try (ArticleStore store = open()) {
            FeedLog log = store.feeds();
            assertThat(log.state("https://a.example/feed")).isEmpty();
            assertThat(log.seen("https://a.example/1")).isFalse();

            log.saveState("https://a.example/feed", new FeedLog.FeedState("\"v1\"", null));
            log.saveState("https://a.example/feed", new FeedLog.FeedState("\"v2\"", "Tue, 05 Mar 2024 09:00:00 GMT"));
            log.markSeen("https://a.example/feed", "https://a.example/1", "stored");
            log.markSeen("https://a.example/feed", "https://a.example/1", "stored");
            log.markSeen("https://a.example/feed", "https://a.example/2", "HTTP 404 (not found)");
        }
        try (ArticleStore store = open()) {
            FeedLog log = store.feeds();
            assertThat(log.state("https://a.example/feed"))
                    .isEqualTo(Optional.of(new FeedLog.FeedState("\"v2\"", "Tue, 05 Mar 2024 09:00:00 GMT")));
            assertThat(log.seen("https://a.example/1")).isTrue();
            assertThat(log.seen("https://a.example/2")).isTrue();
            assertThat(log.seen("https://a.example/3")).isFalse();
        }
    }
}
