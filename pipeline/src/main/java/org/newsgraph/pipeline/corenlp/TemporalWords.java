package org.newsgraph.pipeline.corenlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words that may start or make up a temporal expression; a sentence without one needs no SUTime. */
final class TemporalWords {

    private static final Set<String> WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "ago", "later", "earlier",
            "soon", "lately", "presently", "nowadays", "formerly", "previously", "once", "meanwhile",
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend",
            "weekends", "fortnight", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
            "quarter", "season", "morning", "mornings", "afternoon", "evening", "evenings", "night", "nights",
            "noon", "midnight", "dawn", "dusk", "spring", "summer", "autumn", "fall", "winter", "daily", "weekly",
            "monthly", "annually", "yearly", "hourly", "annual", "overnight", "christmas", "easter", "ramadan",
            "thanksgiving", "halloween", "eve", "am", "pm", "a.m.", "p.m.", "past", "future", "present", "recent",
            "millennium", "era", "period", "moment", "times", "time", "age", "lifetime", "semester", "term");
    private static final Pattern NUMERIC = Pattern.compile(
            "(1[0-9]|20)\\d\\d(s|'s)?|'\\d\\d|\\d{1,2}[:.]\\d\\d|\\d{1,2}(st|nd|rd|th)|\\d{1,4}[-/]\\d{1,2}([-/]\\d{1,4})?");

    private TemporalWords() {
    }

    static boolean mayBeTemporal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || NUMERIC.matcher(lower).matches();
    }
}
