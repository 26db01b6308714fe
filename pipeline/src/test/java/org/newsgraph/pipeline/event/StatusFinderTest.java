package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusFinderTest {

    @Test
    void aDateAfterPublicationIsLaterAtItsOwnPrecision() {
        assertThat(StatusFinder.after("2023-09-13", "2023-09-12")).isTrue();
        assertThat(StatusFinder.after("2023-09-12", "2023-09-12")).isFalse();
        assertThat(StatusFinder.after("2023-10", "2023-09-12")).isTrue();
        assertThat(StatusFinder.after("2023-09", "2023-09-12")).isFalse();
        assertThat(StatusFinder.after("2024", "2023-09-12")).isTrue();
    }

    @Test
    void weeksVagueValuesAndMissingDatesAreNotCompared() {
        assertThat(StatusFinder.after("2023-W38", "2023-09-12")).isFalse();
        assertThat(StatusFinder.after("FUTURE_REF", "2023-09-12")).isFalse();
        assertThat(StatusFinder.after("2023-09-13", null)).isFalse();
    }
}
