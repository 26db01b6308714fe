package org.newsgraph.pipeline.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cardinal number from a sequence of words as news text writes them: digits ("37", "1,200",
 * "3.5"), number words ("two", "twenty-five", "a thousand", "a dozen", "one hundred and five"), both
 * ("1.5 million", "3bn", "Rs 500 crore"), and vague plurals ("hundreds", "dozens", "tens of thousands",
 * "several hundred"), which yield their base value and are marked vague. A unit written onto the number
 * is handed back as the remainder ("5km", "10-mile", "threefold").
 *
 * <p>Ordinals ("first", "12th"), times ("5:30"), dates ("9/11"), codes and phone numbers ("555-1234",
 * "007", seven or more digits without separators) are not numbers here. Stateless and thread-safe.
 */
public final class NumberParser {

    /**
     * A number found in a word sequence.
     *
     * @param value     its value
     * @param end       index after its last word
     * @param vague     true for "hundreds", "dozens", "several thousand"...
     * @param remainder letters written onto the last word, lower case, without a joining hyphen ("km" for
     *                  "5km", "mile" for "10-mile", "fold" for "threefold"); empty if none
     */
    public record NumberPhrase(double value, int end, boolean vague, String remainder) {

        public NumberPhrase {
            Objects.requireNonNull(remainder, "remainder");
        }
    }

    /** What the previous word of a number was, which decides what may follow. */
    private enum Last { NONE, ARTICLE, DIGITS, UNITS, TEEN, TENS, HUNDRED, SCALE, DOZEN, AND }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    /** Scale words that may start a number on their own ("thousand times"). */
    private static final Map<String, Double> WORD_SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "lakh", 1e5, "lakhs", 1e5, "crore", 1e7, "crores", 1e7);
    private static final Map<String, Double> ABBREVIATED_SCALES = Map.of(
            "bn", 1e9, "mn", 1e6, "mln", 1e6, "tn", 1e12, "trn", 1e12);
    /** Abbreviations that mean a scale only in an amount of money: "$5m" but "5m" (metres). */
    private static final Map<String, Double> MONEY_SCALES = Map.of("m", 1e6, "b", 1e9, "k", 1e3);
    private static final Map<String, Double> VAGUE = Map.of(
            "dozens", 12.0, "scores", 20.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6,
            "billions", 1e9, "trillions", 1e12);
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("tenth", 10), Map.entry("tenths", 10));

    private static final Pattern DIGITS =
            Pattern.compile("[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[-−]?\\.\\d+");
    private static final Pattern FUSED = Pattern.compile("((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)-?([\\p{L}°].*)");

    private NumberParser() {
    }

    /** The value of {@code text} if all of it is one number with nothing written onto it: "1.5 million". */
    public static OptionalDouble value(String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        return parse(words, 0, false)
                .filter(p -> p.end() == words.size() && p.remainder().isEmpty())
                .map(p -> OptionalDouble.of(p.value()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * The number that starts at {@code words.get(from)}, if one does.
     *
     * @param money whether an amount of money is being read, where "m", "b" and "k" are scales
     */
    public static Optional<NumberPhrase> parse(List<String> words, int from, boolean money) {
        if (from < 0 || from >= words.size()) {
            return Optional.empty();
        }
        String first = lower(words, from);
        if (first.equals("minus")) {
            return parse(words, from + 1, money).filter(p -> !p.vague())
                    .map(p -> new NumberPhrase(-p.value(), p.end(), false, p.remainder()));
        }
        Optional<NumberPhrase> vague = vague(words, from);
        if (vague.isPresent()) {
            return vague;
        }
        int i = from;
        double total = 0;
        double current = 0;
        Last last = Last.NONE;
        if ((first.equals("a") || first.equals("an")) && isMultiplier(lower(words, from + 1))) {
            current = 1;
            last = Last.ARTICLE;
            i++;
        }
        for (; i < words.size(); i++) {
            String w = lower(words, i);
            if (last == Last.NONE) {
                int at = i;
                Optional<NumberPhrase> written = digits(w, at, money).or(() -> fusedWord(w, at));
                if (written.isPresent()) {
                    if (written.get().end() < 0) {
                        return Optional.empty();
                    }
                    if (!DIGITS.matcher(w).matches()) {
                        // letters written onto the number ("5km", "3bn", "two-mile") end it
                        return written;
                    }
                    current = written.get().value();
                    last = Last.DIGITS;
                    continue;
                }
            }
            Integer small = small(w);
            if (small != null) {
                boolean follows = switch (last) {
                    case NONE, HUNDRED, AND -> true;
                    case SCALE -> current == 0;
                    case TENS -> small < 10 && w.indexOf('-') < 0;
                    default -> false;
                };
                if (!follows) {
                    break;
                }
                current += small;
                last = small < 10 ? Last.UNITS : small < 20 || w.indexOf('-') >= 0 ? Last.TEEN : Last.TENS;
                continue;
            }
            if (w.equals("hundred") && last != Last.HUNDRED && last != Last.DOZEN
                    && !(last == Last.SCALE && current == 0)) {
                current = (current == 0 ? 1 : current) * 100;
                last = Last.HUNDRED;
                continue;
            }
            Double scale = scale(w, money);
            if (scale != null && !(last == Last.SCALE && current == 0)
                    && (last != Last.NONE || WORD_SCALES.containsKey(w))) {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                last = Last.SCALE;
                continue;
            }
            if (w.equals("dozen") && last != Last.DOZEN && last != Last.SCALE) {
                current = (current == 0 ? 1 : current) * 12;
                last = Last.DOZEN;
                continue;
            }
            if (w.equals("and") && (last == Last.HUNDRED || last == Last.SCALE) && small(lower(words, i + 1)) != null) {
                last = Last.AND;
                continue;
            }
            break;
        }
        if (last == Last.NONE) {
            return Optional.empty();
        }
        return Optional.of(new NumberPhrase(total + current, i, false, ""));
    }

    /** True if a word of {@code words[from, end)} is a scale: "50 million", "3bn", "500 crore". */
    public static boolean scaled(List<String> words, int from, int end) {
        for (int i = Math.max(0, from); i < Math.min(end, words.size()); i++) {
            String w = lower(words, i);
            Matcher fused = FUSED.matcher(w);
            String tail = fused.matches() ? fused.group(2) : w;
            if (WORD_SCALES.containsKey(tail) || ABBREVIATED_SCALES.containsKey(tail)
                    || fused.matches() && MONEY_SCALES.containsKey(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fraction that starts at {@code words.get(from)}: "half", "a third", "one-quarter", "two-thirds",
     * "three quarters". Ordinal words without a count ("third") are not fractions.
     */
    public static Optional<NumberPhrase> fraction(List<String> words, int from) {
        if (from < 0 || from >= words.size()) {
            return Optional.empty();
        }
        String w = lower(words, from);
        if (w.equals("half")) {
            return Optional.of(new NumberPhrase(0.5, from + 1, false, ""));
        }
        Integer numerator = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : small(w);
        String denominator = lower(words, from + 1);
        int end = from + 2;
        int dash = w.indexOf('-');
        if (dash > 0) {
            numerator = small(w.substring(0, dash));
            denominator = w.substring(dash + 1);
            end = from + 1;
        }
        Integer den = DENOMINATORS.get(denominator);
        if (numerator == null || numerator == 0 || den == null
                || (numerator == 1) == denominator.endsWith("s")) {
            return Optional.empty();
        }
        return Optional.of(new NumberPhrase((double) numerator / den, end, false, ""));
    }

    /** Digits, alone ("1,200") or with letters written on ("5km", "10-mile", "3bn"); end -1 for codes. */
    private static Optional<NumberPhrase> digits(String w, int i, boolean money) {
        if (DIGITS.matcher(w).matches()) {
            return Optional.of(plausible(w) ? new NumberPhrase(toDouble(w), i + 1, false, "")
                    : new NumberPhrase(0, -1, false, ""));
        }
        Matcher fused = FUSED.matcher(w);
        if (!fused.matches()) {
            return Optional.empty();
        }
        if (!plausible(fused.group(1))) {
            return Optional.of(new NumberPhrase(0, -1, false, ""));
        }
        double value = toDouble(fused.group(1));
        String rest = fused.group(2);
        Double scale = w.length() == fused.group(1).length() + rest.length() ? scale(rest, money) : null;
        return Optional.of(scale != null ? new NumberPhrase(value * scale, i + 1, false, "")
                : new NumberPhrase(value, i + 1, false, rest));
    }

    /** A number word with a unit written on: "two-mile", "twenty-five-mile", "threefold". */
    private static Optional<NumberPhrase> fusedWord(String w, int i) {
        if (w.endsWith("fold") && small(w.substring(0, w.length() - 4)) != null) {
            return Optional.of(new NumberPhrase(small(w.substring(0, w.length() - 4)), i + 1, false, "fold"));
        }
        String[] parts = w.split("-");
        if (parts.length < 2 || small(w) != null) {
            return Optional.empty();
        }
        for (int n = Math.min(2, parts.length - 1); n >= 1; n--) {
            String number = String.join("-", List.of(parts).subList(0, n));
            Integer value = small(number);
            String rest = String.join("-", List.of(parts).subList(n, parts.length));
            if (value != null && !rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                return Optional.of(new NumberPhrase(value, i + 1, false, rest));
            }
        }
        return Optional.empty();
    }

    private static Optional<NumberPhrase> vague(List<String> words, int from) {
        String w = lower(words, from);
        if ((w.equals("tens") || w.equals("hundreds")) && lower(words, from + 1).equals("of")) {
            Double scale = VAGUE.get(lower(words, from + 2));
            if (scale != null && scale >= 1e3) {
                return Optional.of(new NumberPhrase((w.equals("tens") ? 10 : 100) * scale, from + 3, true, ""));
            }
        }
        if (VAGUE.containsKey(w)) {
            return Optional.of(new NumberPhrase(VAGUE.get(w), from + 1, true, ""));
        }
        int next = w.equals("a") && lower(words, from + 1).equals("few") ? from + 2
                : w.equals("several") || w.equals("few") || w.equals("many") ? from + 1 : -1;
        if (next < 0) {
            return Optional.empty();
        }
        String scale = lower(words, next);
        Double value = scale.equals("hundred") ? Double.valueOf(100) : scale.equals("dozen") ? Double.valueOf(12)
                : WORD_SCALES.containsKey(scale) ? WORD_SCALES.get(scale) : VAGUE.get(scale);
        return value == null ? Optional.empty() : Optional.of(new NumberPhrase(value, next + 1, true, ""));
    }

    private static boolean isMultiplier(String w) {
        return w.equals("hundred") || w.equals("dozen") || WORD_SCALES.containsKey(w);
    }

    private static Double scale(String w, boolean money) {
        Double scale = WORD_SCALES.get(w);
        if (scale == null) {
            scale = ABBREVIATED_SCALES.get(w);
        }
        return scale == null && money ? MONEY_SCALES.get(w) : scale;
    }

    /** The value of a number word up to ninety-nine, hyphenated or not; null if it is none. */
    private static Integer small(String w) {
        Integer value = SMALL.get(w);
        if (value != null) {
            return value;
        }
        int dash = w.indexOf('-');
        if (dash < 0) {
            return null;
        }
        Integer tens = SMALL.get(w.substring(0, dash));
        Integer units = SMALL.get(w.substring(dash + 1));
        return tens != null && units != null && tens >= 20 && tens % 10 == 0 && units > 0 && units < 10
                ? tens + units : null;
    }

    /** False for digit strings that are codes rather than amounts: "007", "5550123". */
    private static boolean plausible(String digits) {
        String unsigned = digits.startsWith("-") || digits.startsWith("−") ? digits.substring(1) : digits;
        int point = unsigned.indexOf('.');
        String integer = point < 0 ? unsigned : unsigned.substring(0, point);
        boolean leadingZero = integer.length() > 1 && integer.charAt(0) == '0';
        return !leadingZero && (integer.indexOf(',') >= 0 || integer.length() < 7);
    }

    private static double toDouble(String digits) {
        return Double.parseDouble(digits.replace(",", "").replace('−', '-'));
    }

    private static String lower(List<String> words, int i) {
        return i < words.size() ? words.get(i).toLowerCase(Locale.ROOT) : "";
    }
}
