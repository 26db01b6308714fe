package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublishedDateTest {

    @Test
    void acceptsIsoDatesAndDateTimes() {
        assertThat(PublishedDate.isValid("2023-09-12")).isTrue();
        assertThat(PublishedDate.isValid("2023-09-12T08:30")).isTrue();
        assertThat(PublishedDate.isValid("2023-09-12T08:30:00Z")).isTrue();
        assertThat(PublishedDate.isValid("2023-09-12T08:30:00.250+09:00")).isTrue();
        assertThat(PublishedDate.isValid("2023-09-12T08:30:00+01:00[Europe/London]")).isTrue();
    }

    @Test
    void rejectsOtherForms() {
        assertThat(PublishedDate.isValid("12/09/2023")).isFalse();
        assertThat(PublishedDate.isValid("2023-13-01")).isFalse();
        assertThat(PublishedDate.isValid("2023-02-30")).isFalse();
        assertThat(PublishedDate.isValid("2023-09-12 08:30")).isFalse();
        assertThat(PublishedDate.isValid("yesterday")).isFalse();
        assertThat(PublishedDate.isValid("")).isFalse();
    }

    @Test
    void requireSaysWhatIsExpected() {
        assertThatThrownBy(() -> PublishedDate.require("Sept 12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an ISO-8601 date or date-time: \"Sept 12\" (expected e.g. 2023-09-12 or 2023-09-12T08:30:00Z)");
        assertThat(PublishedDate.require("2023-09-12")).isEqualTo("2023-09-12");
    }
}
