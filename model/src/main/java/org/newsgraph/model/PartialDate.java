package org.newsgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to the year, the month or the day, as ISO 8601 writes it and TIMEX3 dates
 * carry it: {@code 2023}, {@code 2023-09} or {@code 2023-09-12}. Months and days are checked
 * against the calendar ({@code 2023-02-30} is not one). Ordered by its text, which for the same
 * precision is the calendar order. As a range it runs from its {@link #start()} to its {@link #end()}:
 * {@code 2023-09} is 2023-09-01..2023-09-30.
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
     * The partial date an option or parameter gives.
     *
     * @param name  how the user wrote the option, for the message ({@code --from}, {@code since})
     * @param value what was given
     * @throws IllegalArgumentException "NAME must be a date such as 2023, 2023-09 or 2023-09-12: VALUE"
     */
    public static PartialDate require(String name, String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(name + " must be " + EXAMPLES + ": " + value);
        }
        return new PartialDate(value);
    }

    /** As {@link #require(String, String)}, letting null through (an option that was not given). */
    public static @Nullable PartialDate requireIfGiven(String name, @Nullable String value) {
        return value == null ? null : require(name, value);
    }

    /** The first day this date covers: {@code 2023} starts on 2023-01-01. */
    public LocalDate start() {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> YearMonth.parse(value).atDay(1);
            default -> LocalDate.parse(value);
        };
    }

    /** The last day this date covers: {@code 2024-02} ends on 2024-02-29. */
    public LocalDate end() {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            default -> LocalDate.parse(value);
        };
    }

    /**
     * Whether the days {@code first}..{@code last} (ISO dates or prefixes of one, as stored) overlap the
     * range {@code from}..{@code to} (ISO dates or prefixes; a null bound is open): they do not end
     * before {@code from} begins ({@code 2023} reaches 2023-09) and do not begin after {@code to} ends
     * ({@code 2023-09-15} is within 2023-09). Compared as text, since stored values need not be
     * partial dates.
     */
    public static boolean overlaps(@Nullable String from, @Nullable String to, String first, String last) {
        boolean afterFrom = from == null || last.compareTo(from) >= 0 || from.startsWith(last);
        boolean beforeTo = to == null || first.compareTo(to) <= 0 || first.startsWith(to);
        return afterFrom && beforeTo;
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
