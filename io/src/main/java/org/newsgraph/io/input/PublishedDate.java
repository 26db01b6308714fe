package org.newsgraph.io.input;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Checks publication dates: an ISO-8601 date ({@code 2023-09-12}) or date-time
 * ({@code 2023-09-12T08:30}, {@code 2023-09-12T08:30:00Z}, {@code 2023-09-12T08:30:00+09:00}).
 * The value is kept as written; only its form is checked.
 */
public final class PublishedDate {

    private PublishedDate() {
    }

    public static boolean isValid(String value) {
        Objects.requireNonNull(value, "value");
        return parses(value, DateTimeFormatter.ISO_DATE) || parses(value, DateTimeFormatter.ISO_DATE_TIME);
    }

    /**
     * Returns {@code value} if it is a valid date.
     *
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static String require(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: \"" + value
                    + "\" (expected e.g. 2023-09-12 or 2023-09-12T08:30:00Z)");
        }
        return value;
    }

    private static boolean parses(String value, DateTimeFormatter format) {
        try {
            format.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
