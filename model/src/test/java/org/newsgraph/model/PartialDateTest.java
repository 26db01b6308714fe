package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void yearsMonthsAndDaysOfTheCalendarAreDates() {
        assertThat(PartialDate.isValid("2023")).isTrue();
        assertThat(PartialDate.isValid("2023-09")).isTrue();
        assertThat(PartialDate.isValid("2024-02-29")).isTrue();
    }

    @Test
    void otherFormsAndImpossibleDaysAreNot() {
        assertThat(PartialDate.isValid("2023-13")).isFalse();
        assertThat(PartialDate.isValid("2023-02-29")).isFalse();
        assertThat(PartialDate.isValid("2023-9-1")).isFalse();
        assertThat(PartialDate.isValid("PRESENT_REF")).isFalse();
        assertThat(PartialDate.isValid("2023-W12")).isFalse();
        assertThat(PartialDate.parse("2023-09-31")).isEmpty();
        assertThatThrownBy(() -> new PartialDate("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a date such as 2023, 2023-09 or 2023-09-12: yesterday");
    }

    @Test
    void afterADayIsJudgedAtTheDatesOwnPrecision() {
        LocalDate day = LocalDate.of(2023, 9, 12);
        assertThat(new PartialDate("2023-09-13").isAfter(day)).isTrue();
        assertThat(new PartialDate("2023-09-12").isAfter(day)).isFalse();
        assertThat(new PartialDate("2023-09").isAfter(day)).isFalse();
        assertThat(new PartialDate("2023-10").isAfter(day)).isTrue();
        assertThat(new PartialDate("2023").isAfter(day)).isFalse();
        assertThat(new PartialDate("2024").isAfter(day)).isTrue();
    }

    @Test
    void datesOrderByTheirText() {
        assertThat(new PartialDate("2023-09-01")).isLessThan(new PartialDate("2023-10-01"));
        assertThat(new PartialDate("2023-09").toString()).isEqualTo("2023-09");
    }
}
