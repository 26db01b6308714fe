package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderExecutorTest {

    @Test
    void resultsComeInInputOrderWhateverTheTimings() {
        List<Integer> inputs = IntStream.range(0, 60).boxed().toList();
        List<Integer> results = new ArrayList<>();

        new InOrderExecutor(3).run(inputs.iterator(), i -> {
            sleep((i * 7) % 5);
            return i * 10;
        }, results::add);

        assertThat(results).isEqualTo(inputs.stream().map(i -> i * 10).toList());
    }

    @Test
    void noMoreThanTheWindowIsInFlight() {
        InOrderExecutor executor = new InOrderExecutor(2);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        var inputs = IntStream.range(0, 200).peek(i -> highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max))
                .peek(i -> read.incrementAndGet()).iterator();

        executor.run(inputs, i -> {
            sleep(1);
            return i;
        }, i -> inFlight.decrementAndGet());

        assertThat(read.get()).isEqualTo(200);
        assertThat(executor.window()).isEqualTo(4);
        assertThat(highest.get()).isEqualTo(4);
    }

    @Test
    void oneThreadRunsOnTheCaller() {
        List<String> threads = new ArrayList<>();

        new InOrderExecutor(1).run(List.of(1, 2).iterator(), i -> Thread.currentThread().getName(), threads::add);

        assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(2);
    }

    @Test
    void aFailingTaskStopsTheRunWithItsException() {
        List<Integer> results = new ArrayList<>();

        assertThatThrownBy(() -> new InOrderExecutor(2).run(List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) {
                throw new IllegalStateException("boom");
            }
            return i;
        }, results::add)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(results).containsExactly(1);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
