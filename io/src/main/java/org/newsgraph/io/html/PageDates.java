package org.newsgraph.io.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them, normalised to ISO-8601: a date ({@code 2019-10-17}), a
 * local date-time ({@code 2019-10-17T10:00:00}) or one with its offset
 * ({@code 2019-10-17T10:00:00+02:00}). Understands ISO-8601 and its common variants (space for
 * {@code T}, {@code +0200}, fractions of a second), RFC 1123 ({@code Thu, 17 Oct 2019 10:00:00 GMT}),
 * written dates in English, German, French, Spanish and Italian ({@code October 17, 2019},
 * {@code 17. Oktober 2019}), day-first numeric dates ({@code 17.10.2019}) and dates in URL paths
 * ({@code /2019/10/17/}). Years outside 1990 to next year are refused as implausible. Thread-safe.
 */
final class PageDates {

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?\\b");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?Z?$");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile(
            "[/_.-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-])");
    private static final Map<String, Integer> MONTHS = months();

    private PageDates() {
    }

    /** {@code raw} as an ISO-8601 date or date-time, if it is a plausible date in a known form. */
    static Optional<String> normalise(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(value);
        if (iso.find()) {
            return fromIso(iso);
        }
        Matcher compact = COMPACT.matcher(value);
        if (compact.matches()) {
            return compact.group(4) == null
                    ? date(compact.group(1), compact.group(2), compact.group(3))
                    : dateTime(compact.group(1), compact.group(2), compact.group(3), compact.group(4),
                            compact.group(5), compact.group(6), value.endsWith("Z") ? "Z" : null);
        }
        try {
            return plausible(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // Not RFC 1123; try the written forms.
        }
        return written(value);
    }

    /** A date in a URL path: {@code /2019/10/17/}, {@code /2019-10-17-title}, {@code /20191017/}. */
    static Optional<String> fromUrl(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        Matcher m = URL_DATE.matcher(path);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Matcher compact = URL_COMPACT.matcher(path);
        return compact.find() ? date(compact.group(1), compact.group(2), compact.group(3)) : Optional.empty();
    }

    /** The first written date in running text, e.g. "Published 17 October 2019, 10:00". */
    static Optional<String> written(String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            Integer month = MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(dmy.group(3), month.toString(), dmy.group(1));
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            Integer month = MONTHS.get(mdy.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(mdy.group(3), month.toString(), mdy.group(2));
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.find()) {
            int first = Integer.parseInt(slashed.group(1));
            int second = Integer.parseInt(slashed.group(2));
            // 03/04/2019 is April or March depending on the country: only unambiguous ones.
            if (first > 12 && second <= 12) {
                return date(slashed.group(3), slashed.group(2), slashed.group(1));
            }
            if (second > 12 && first <= 12) {
                return date(slashed.group(3), slashed.group(1), slashed.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromIso(Matcher m) {
        if (m.group(4) == null) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return dateTime(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return isPlausible(date.getYear()) ? Optional.of(date.toString()) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> dateTime(String year, String month, String day, String hour, String minute,
            String second, String zone) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day), Integer.parseInt(hour), Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second));
            if (zone == null) {
                return isPlausible(local.getYear())
                        ? Optional.of(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                        : Optional.empty();
            }
            return plausible(OffsetDateTime.of(local, offset(zone)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Optional<String> plausible(OffsetDateTime time) {
        return isPlausible(time.getYear())
                ? Optional.of(time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                : Optional.empty();
    }

    private static boolean isPlausible(int year) {
        return year >= 1990 && year <= Year.now(ZoneOffset.UTC).getValue() + 1;
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio"},
            {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio"},
            {"march", "mar", "märz", "maerz", "mars", "marzo"},
            {"april", "apr", "avril", "abril", "aprile"},
            {"may", "mai", "mayo", "maggio"},
            {"june", "jun", "juni", "juin", "junio", "giugno"},
            {"july", "jul", "juli", "juillet", "julio", "luglio"},
            {"august", "aug", "août", "aout", "agosto"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre"},
        };
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
