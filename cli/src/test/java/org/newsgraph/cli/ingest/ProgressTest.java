package org.newsgraph.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1000 * SECOND);
    private final StringWriter written = new StringWriter();
    private final PrintWriter err = new PrintWriter(written);

    @Test
    void linesComeEveryNArticlesWithRateAndTimeLeft() {
        Progress progress = Progress.lines(err, OptionalInt.of(300), clock::get, 100, Duration.ofSeconds(600));
        for (int done = 1; done <= 250; done++) {
            clock.addAndGet(SECOND / 5);
            progress.update(done);
        }

        assertThat(written.toString().lines()).containsExactly(
                "ingest: 100 of 300 (33%), 5.0 articles/s, 40s left",
                "ingest: 200 of 300 (66%), 5.0 articles/s, 20s left");
    }

    @Test
    void aLineAlsoComesWhenTheIntervalHasPassed() {
        Progress progress = Progress.lines(err, OptionalInt.of(84), clock::get, 100, Duration.ofSeconds(10));
        clock.addAndGet(4 * SECOND);
        progress.update(1);
        clock.addAndGet(8 * SECOND);
        progress.update(2);
        clock.addAndGet(SECOND);
        progress.update(3);

        assertThat(written.toString().lines()).containsExactly("ingest: 2 of 84 (2%), 6.0s per article, 8m 12s left");
    }

    @Test
    void withoutATotalThereIsNoPercentageNorTimeLeft() {
        Progress progress = Progress.lines(err, OptionalInt.empty(), clock::get, 2, Duration.ofSeconds(600));
        clock.addAndGet(SECOND);
        progress.update(1);
        progress.update(2);

        assertThat(written.toString().lines()).containsExactly("ingest: 2 articles, 2.0 articles/s");
    }

    @Test
    void theBarIsRedrawnInPlaceAndMessagesGoAboveIt() {
        Progress progress = Progress.bar(err, OptionalInt.of(4), clock::get);
        clock.addAndGet(SECOND);
        progress.update(1);
        progress.println("b.txt: empty");
        clock.addAndGet(SECOND);
        progress.update(2);
        clock.addAndGet(10);
        progress.update(3);
        clock.addAndGet(2 * SECOND - 10);
        progress.finish(4);

        String clear = "\r\u001b[2K";
        String first = "[######                  ] 1 of 4 (25%), 1.0 articles/s, 3.0s left";
        assertThat(written.toString()).isEqualTo(clear + first
                + clear + "b.txt: empty" + System.lineSeparator() + first
                + clear + "[############            ] 2 of 4 (50%), 1.0 articles/s, 2.0s left"
                + clear + "[########################] 4 of 4 (100%), 1.0 articles/s" + System.lineSeparator());
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Durations.format(Duration.ofMillis(420))).isEqualTo("0.4s");
        assertThat(Durations.format(Duration.ofMillis(42_400))).isEqualTo("42s");
        assertThat(Durations.format(Duration.ofSeconds(185))).isEqualTo("3m 05s");
        assertThat(Durations.format(Duration.ofSeconds(7_620))).isEqualTo("2h 07m");
    }
}
