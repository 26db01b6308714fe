package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The time budget without CoreNLP: work that checks for cancellation, finishing or not in time. */
class TimeBudgetTest {

    /** Loops through cancellation points for ever: only the budget ends it. */
    private static String endless() {
        while (true) {
            Cancellation.check();
            Thread.onSpinWait();
        }
    }

    @Test
    void workThatFinishesInTimeReturnsItsResultAndLeavesNoInterrupt() {
        assertThat(TimeBudget.run(Duration.ofSeconds(30), () -> "done")).isEqualTo("done");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void workOverItsBudgetStopsAtTheNextCheckWithAMessage() {
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofMillis(200), TimeBudgetTest::endless))
                .isInstanceOfSatisfying(AnalysisCancelledException.class, e -> assertThat(e.timedOut()).isTrue())
                .hasMessage("the analysis took over its time budget of 200 ms (raise it with --max-seconds)");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theBudgetIsGivenInWholeSecondsWhenItIsWhole() {
        assertThat(TimeBudget.overBudget(Duration.ofSeconds(60)))
                .isEqualTo("the analysis took over its time budget of 60 s (raise it with --max-seconds)");
    }

    @Test
    void workThatCannotEndInTimeAtItsPaceStopsEarlyAndSaysWhy() {
        // 100 of 1,000 units took 3 s: the 900 left need 27 s more, over a budget of 10 s.
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofSeconds(10), () -> {
            Cancellation.checkPace(System.nanoTime() - 3_000_000_000L, 100, 1_000, "tokens");
            return "finished";
        })).isInstanceOfSatisfying(AnalysisCancelledException.class, e -> {
            assertThat(e.timedOut()).isTrue();
            assertThat(e.foreseen()).isTrue();
        }).hasMessageStartingWith("the analysis would take over its time budget of 10 s (900 tokens at 33 a second "
                + "would take about 27 s more; stopped after ").hasMessageEndingWith(" ms; raise it with --max-seconds)");
    }

    @Test
    void workWhosePaceEndsInTimeGoesOnAndWithoutABudgetPaceIsNotJudged() {
        String withBudget = TimeBudget.run(Duration.ofSeconds(10), () -> {
            Cancellation.checkPace(System.nanoTime() - 1_000_000_000L, 100, 200, "tokens");
            return "finished";
        });
        // 100 of 500 units took 3 s: the 400 left need 12 s, over the 10 s left but not twice them, so the
        // pace, perhaps measured cold, does not refuse it (the budget would stop it if it really ran over).
        String slightlyOver = TimeBudget.run(Duration.ofSeconds(10), () -> {
            Cancellation.checkPace(System.nanoTime() - 3_000_000_000L, 100, 500, "tokens");
            return "finished";
        });
        Cancellation.checkPace(System.nanoTime() - 3_000_000_000L, 1, 1_000_000, "tokens");

        assertThat(withBudget).isEqualTo("finished");
        assertThat(slightlyOver).isEqualTo("finished");
    }

    @Test
    void anInterruptFromSomeoneElseIsACancellationNotATimeout() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofSeconds(30), TimeBudgetTest::endless))
                .isInstanceOfSatisfying(AnalysisCancelledException.class, e -> assertThat(e.timedOut()).isFalse())
                .hasMessage("the analysis was interrupted");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anotherFailureIsPassedOnUnchanged() {
        IllegalStateException failure = new IllegalStateException("broken");
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofSeconds(30), () -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void manyShortRunsInARowLeaveNoStrayInterrupt() {
        for (int i = 0; i < 200; i++) {
            int n = i;
            assertThat(TimeBudget.run(Duration.ofMillis(1 + i % 3), () -> n)).isEqualTo(n);
            // An alarm that rang after the work ended must not reach the next run.
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    /** Like library code that catches the interrupt and carries on: clears it, then checks again later. */
    private static String swallowsInterrupts() {
        while (true) {
            Thread.interrupted();
            Cancellation.check();
            Thread.onSpinWait();
        }
    }

    @Test
    @Timeout(10)
    void workThatSwallowsTheInterruptStillStopsAtTheFirstCheckPastTheDeadline() {
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofMillis(200), TimeBudgetTest::swallowsInterrupts))
                .isInstanceOfSatisfying(AnalysisCancelledException.class, e -> assertThat(e.timedOut()).isTrue())
                .hasMessage("the analysis took over its time budget of 200 ms (raise it with --max-seconds)");
    }

    @Test
    void theDeadlineEndsWithTheRun() throws InterruptedException {
        assertThat(TimeBudget.run(Duration.ofMillis(50), () -> "quick")).isEqualTo("quick");
        Thread.sleep(100);
        // Past the old deadline, outside any budget: checking is not a timeout.
        Cancellation.check();
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofMillis(50), TimeBudgetTest::swallowsInterrupts))
                .isInstanceOf(AnalysisCancelledException.class);
        Thread.sleep(100);
        Cancellation.check();
    }

    @Test
    @Timeout(10)
    void anInnerBudgetCannotOutlastTheOuterOne() {
        assertThatThrownBy(() -> TimeBudget.run(Duration.ofMillis(200),
                () -> TimeBudget.run(Duration.ofSeconds(30), TimeBudgetTest::swallowsInterrupts)))
                .isInstanceOfSatisfying(AnalysisCancelledException.class, e -> assertThat(e.timedOut()).isTrue());
    }
}
