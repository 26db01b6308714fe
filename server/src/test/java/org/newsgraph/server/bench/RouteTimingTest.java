package org.newsgraph.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTimingTest {

    @Test
    void medianAndNearestRankPercentilesOfAnOddCount() {
        RouteTiming timing = RouteTiming.of("/", List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L),
                10_000_000L);

        assertThat(timing).isEqualTo(new RouteTiming("/", 5, 3.0, 5.0, 5.0, 5.0, 500.0));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<Long> nanos = new ArrayList<>();
        for (long i = 1; i <= 20; i++) {
            nanos.add(i * 1_000_000L);
        }

        RouteTiming timing = RouteTiming.of("/api/actors", nanos, 2_000_000_000L);

        assertThat(timing.medianMs()).isEqualTo(10.5);
        assertThat(timing.p95Ms()).isEqualTo(19.0);
        assertThat(timing.p99Ms()).isEqualTo(20.0);
        assertThat(timing.maxMs()).isEqualTo(20.0);
        assertThat(timing.perSecond()).isEqualTo(10.0);
        assertThat(timing.line())
                .isEqualTo("/api/actors                     20       10.5       19.0       20.0       20.0       10");
    }

    /** Of 200 answers the 99th percentile is the 198th: two slow outliers above it do not count. */
    @Test
    void theP99OfTwoHundredLeavesTheTwoSlowestOut() {
        List<Long> nanos = new ArrayList<>();
        for (long i = 1; i <= 198; i++) {
            nanos.add(1_000_000L);
        }
        nanos.add(90_000_000L);
        nanos.add(80_000_000L);

        RouteTiming timing = RouteTiming.of("/", nanos, 1_000_000_000L);

        assertThat(timing.p99Ms()).isEqualTo(1.0);
        assertThat(timing.maxMs()).isEqualTo(90.0);
        assertThat(timing.perSecond()).isEqualTo(200.0);
    }

    @Test
    void noTimingsIsRefused() {
        assertThatThrownBy(() -> RouteTiming.of("/", List.of(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no timings for /");
    }
}
