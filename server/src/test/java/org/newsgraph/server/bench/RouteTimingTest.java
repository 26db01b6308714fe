package org.newsgraph.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTimingTest {

    @Test
    void medianAndNearestRankP95OfAnOddCount() {
        RouteTiming timing = RouteTiming.of("/", List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L));

        assertThat(timing).isEqualTo(new RouteTiming("/", 5, 3.0, 5.0, 5.0));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<Long> nanos = new java.util.ArrayList<>();
        for (long i = 1; i <= 20; i++) {
            nanos.add(i * 1_000_000L);
        }

        RouteTiming timing = RouteTiming.of("/api/actors", nanos);

        assertThat(timing.medianMs()).isEqualTo(10.5);
        assertThat(timing.p95Ms()).isEqualTo(19.0);
        assertThat(timing.maxMs()).isEqualTo(20.0);
        assertThat(timing.line()).isEqualTo("/api/actors                     20       10.5       19.0       20.0");
    }

    @Test
    void noTimingsIsRefused() {
        assertThatThrownBy(() -> RouteTiming.of("/", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no timings for /");
    }
}
