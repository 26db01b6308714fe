package org.newsgraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hostile bench's inputs: the promised sizes, within the default length limit, the same every time. */
class HostileInputsTest {

    @Test
    void everyInputIsWithinTheLimitAndHasItsSize() {
        List<HostileInputs.Input> all = HostileInputs.all();
        assertThat(all).extracting(HostileInputs.Input::name).containsExactly("repeated-sentence.txt",
                "zero-width.txt", "punctuation.txt", "quotes.txt", "emoji-runs.txt", "one-line.txt",
                "nested-quotes.txt", "entities.html");
        assertThat(all).allSatisfy(input -> assertThat(input.text().length()).isLessThanOrEqualTo(1_000_000));
        assertThat(all.get(0).text()).hasSize(500_000).startsWith("The minister said the plan would work. The");
        assertThat(all.get(1).text()).isEqualTo("\u200B".repeat(300_000));
        assertThat(all.get(3).text()).isEqualTo("\"".repeat(10_000));
        assertThat(all.get(5).text()).hasSize(1_000_000).doesNotContain("\n");
        assertThat(all.get(7).html()).isTrue();
    }

    @Test
    void theGeneratedInputsAreTheSameEveryTime() {
        assertThat(HostileInputs.emojiRuns(5_000)).isEqualTo(HostileInputs.emojiRuns(5_000));
        assertThat(HostileInputs.entityPage(20_000)).isEqualTo(HostileInputs.entityPage(20_000));
        assertThat(HostileInputs.repeat("ab", 5)).isEqualTo("ababa");
    }
}
