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

    @Test
    void requireNamesTheOptionInItsMessage() {
        assertThat(PartialDate.require("--from", "2023-09")).isEqualTo(new PartialDate("2023-09"));
        assertThatThrownBy(() -> PartialDate.require("--from", "2023-9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--from must be a date such as 2023, 2023-09 or 2023-09-12: 2023-9");
        assertThatThrownBy(() -> PartialDate.require("until", "2023-02-30"))
                .hasMessage("until must be a date such as 2023, 2023-09 or 2023-09-12: 2023-02-30");
        assertThat(PartialDate.requireIfGiven("since", null)).isNull();
        assertThat(PartialDate.requireIfGiven("since", "2024")).isEqualTo(new PartialDate("2024"));
        assertThatThrownBy(() -> PartialDate.requireIfGiven("since", ""))
                .hasMessage("since must be a date such as 2023, 2023-09 or 2023-09-12: ");
    }

    @Test
    void aDateSpansFromItsFirstToItsLastDay() {
        assertThat(new PartialDate("2023").start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(new PartialDate("2023").end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(new PartialDate("2024-02").start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(new PartialDate("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new PartialDate("2023-02").end()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(new PartialDate("2023-09-12").start()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(new PartialDate("2023-09-12").end()).isEqualTo(LocalDate.of(2023, 9, 12));
    }

    @Test
    void daysOverlapARangeAtTheCoarserPrecision() {
        assertThat(PartialDate.overlaps(null, null, "2023-09-12", "2023-09-12")).isTrue();
        assertThat(PartialDate.overlaps("2023-09", null, "2023-09-01", "2023-09-01")).isTrue();
        assertThat(PartialDate.overlaps("2023-09", null, "2023-08-31", "2023-08-31")).isFalse();
        assertThat(PartialDate.overlaps("2023-09-12", null, "2023", "2023")).isTrue();
        assertThat(PartialDate.overlaps(null, "2023-09", "2023-09-30", "2023-09-30")).isTrue();
        assertThat(PartialDate.overlaps(null, "2023-09", "2023-10-01", "2023-10-01")).isFalse();
        assertThat(PartialDate.overlaps(null, "2023-09-12", "2023-09", "2023-09")).isTrue();
        assertThat(PartialDate.overlaps("2023-09-10", "2023-09-20", "2023-09-01", "2023-09-09")).isFalse();
        assertThat(PartialDate.overlaps("2023-09-10", "2023-09-20", "2023-09-01", "2023-09-10")).isTrue();
        assertThat(PartialDate.overlaps("2023-09-10", "2023-09-20", "2023-09-20", "2023-10-02")).isTrue();
        assertThat(PartialDate.overlaps("2023-09-10", "2023-09-20", "2023-09-21", "2023-10-02")).isFalse();
    }
}
