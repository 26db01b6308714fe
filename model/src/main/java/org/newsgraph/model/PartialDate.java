package org.newsgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day, as ISO 8601 writes it and TIMEX3 dates
 * carry it: {@code 2023}, {@code 2023-09} or {@code 2023-09-12}. Months and days are checked
 * against the calendar ({@code 2023-02-30} is not one). Ordered by its text, which for the same
 * precision is the calendar order.
 *
 * @param value the ISO form
 */
public record PartialDate(String value) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** How a user is told what a partial date looks like. */
    public static final String EXAMPLES = "a date such as 2023, 2023-09 or 2023-09-12";

    public PartialDate {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not " + EXAMPLES + ": " + value);
        }
    }

    /** Whether the text is a year, a month of a year or a day of the calendar in ISO form. */
    public static boolean isValid(String value) {
        if (!FORM.matcher(value).matches()) {
            return false;
        }
        try {
            switch (value.length()) {
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> { }
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The partial date of a text, if it is one. */
    public static Optional<PartialDate> parse(String value) {
        return isValid(value) ? Optional.of(new PartialDate(value)) : Optional.empty();
    }

    /**
     * Whether this date lies after the given day, comparing at this date's precision: {@code 2023-10}
     * is after 2023-09-30, {@code 2023-09} is not after 2023-09-12.
     */
    public boolean isAfter(LocalDate day) {
        String other = day.toString();
        return value.compareTo(other.substring(0, value.length())) > 0;
    }

    @Override
    public int compareTo(PartialDate other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
