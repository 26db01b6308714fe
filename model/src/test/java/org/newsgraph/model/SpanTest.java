package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void aSpanMustCoverExactlyItsText() {
        assertThatThrownBy(() -> new Span(0, 3, "ab")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> new Span(5, 4, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Span.of("abc", 1, 9)).hasMessage("span end 9 past text length 3");
    }

    @Test
    void spansOrderByStartThenEnd() {
        String text = "Kim Jong Un";
        assertThat(Span.of(text, 0, 3).compareTo(Span.of(text, 0, 11))).isNegative();
        assertThat(Span.of(text, 4, 8).compareTo(Span.of(text, 0, 11))).isPositive();
        assertThat(Span.of(text, 0, 11).contains(Span.of(text, 4, 8))).isTrue();
        assertThat(Span.of(text, 0, 3).overlaps(Span.of(text, 3, 8))).isFalse();
    }

    @Property
    void spanOfAlwaysPointsAtItsSubstring(@ForAll String text, @ForAll @IntRange(max = 10_000) int a,
            @ForAll @IntRange(max = 10_000) int b) {
        int start = Math.min(a, b) % (text.length() + 1);
        int end = start + (Math.max(a, b) - Math.min(a, b)) % (text.length() - start + 1);
        Span span = Span.of(text, start, end);
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        assertThat(span.length()).isEqualTo(end - start);
    }
}
