package org.newsgraph.pipeline.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The word lists of quantities: units of measure ({@code units.tsv}), currencies ({@code currencies.tsv})
 * and adjectives of comparison ({@code comparatives.tsv}), read from this package's resources. Unit
 * and comparative lookups take lower-case forms with words separated by single spaces; currency
 * lookups take the text as written, since ISO codes match only in capitals ("USD", not "usd").
 *
 * <p>Immutable and thread-safe. {@link #standard()} fails with {@link IllegalStateException} if a
 * resource is missing or malformed, or names a currency code that {@link Currency} does not know.
 */
public final class QuantityLexicon {

    /**
     * A way of writing a currency.
     *
     * @param code       ISO 4217 code
     * @param factor     the form's value in the currency's main unit (0.01 for "cents")
     * @param needsScale true for ambiguous words that are money only after "million", "bn"...
     */
    public record CurrencyForm(String code, double factor, boolean needsScale) {

        public CurrencyForm {
            Objects.requireNonNull(code, "code");
        }
    }

    private static final String DIR = "org/newsgraph/pipeline/quantity/";

    private final Map<String, Unit> units;
    private final Map<String, CurrencyForm> before;
    private final Map<String, CurrencyForm> after;
    private final Map<String, String> comparatives;
    private final int longestForm;

    private QuantityLexicon(Map<String, Unit> units, Map<String, CurrencyForm> before,
            Map<String, CurrencyForm> after, Map<String, String> comparatives) {
        this.units = Map.copyOf(units);
        this.before = Map.copyOf(before);
        this.after = Map.copyOf(after);
        this.comparatives = Map.copyOf(comparatives);
        int longest = 1;
        for (Map<String, ?> map : List.of(units, before, after)) {
            for (String form : map.keySet()) {
                longest = Math.max(longest, form.split(" ").length);
            }
        }
        this.longestForm = longest;
    }

    /** The lexicon shipped with newsgraph. */
    public static QuantityLexicon standard() {
        Map<String, Unit> units = new HashMap<>();
        for (String[] row : rows("units.tsv", 4)) {
            Unit unit = parse(row, () -> new Unit(row[1], Dimension.valueOf(row[2]), number(row[3]),
                    row.length > 4 ? number(row[4]) : 0));
            for (String form : forms(row[0])) {
                units.put(form, unit);
            }
        }
        Map<String, CurrencyForm> before = new HashMap<>();
        Map<String, CurrencyForm> after = new HashMap<>();
        for (String[] row : rows("currencies.tsv", 3)) {
            CurrencyForm form = parse(row, () -> new CurrencyForm(Currency.getInstance(row[1]).getCurrencyCode(),
                    row.length > 3 ? number(row[3]) : 1, row[2].equals("after-scaled")));
            Map<String, CurrencyForm> target = switch (row[2]) {
                case "before" -> before;
                case "after", "after-scaled" -> after;
                default -> throw new IllegalStateException("unknown currency position: " + String.join("\t", row));
            };
            for (String written : forms(row[0])) {
                target.put(written, form);
            }
        }
        Map<String, String> comparatives = new HashMap<>();
        for (String[] row : rows("comparatives.tsv", 2)) {
            comparatives.put(row[0], row[1]);
        }
        return new QuantityLexicon(units, before, after, comparatives);
    }

    /** The unit written {@code form} (lower case, single spaces): "miles per hour", "km". */
    public Optional<Unit> unit(String form) {
        return Optional.ofNullable(units.get(form));
    }

    /** The currency written {@code text} before a number: "$", "US$", "Rs", "EUR". */
    public Optional<CurrencyForm> currencyBefore(String text) {
        return currency(before, text);
    }

    /** The currency written {@code text} after a number: "euros", "Swiss francs", "USD". */
    public Optional<CurrencyForm> currencyAfter(String text) {
        return currency(after, text);
    }

    /** The property an adjective of comparison compares: "heavier" to "weight". */
    public Optional<String> property(String adjective) {
        return Optional.ofNullable(comparatives.get(adjective.toLowerCase(Locale.ROOT)));
    }

    /** The number of words of the longest unit or currency form. */
    public int longestForm() {
        return longestForm;
    }

    private static Optional<CurrencyForm> currency(Map<String, CurrencyForm> map, String text) {
        CurrencyForm exact = map.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(map.get(text.toLowerCase(Locale.ROOT)));
    }

    private static List<String> forms(String column) {
        return List.of(column.split("\\|"));
    }

    private static <T> T parse(String[] row, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("malformed lexicon row \"" + String.join("\t", row) + "\": "
                    + e.getMessage(), e);
        }
    }

    /** A decimal or a fraction "a/b". */
    static double number(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Double.parseDouble(text.strip());
        }
        return Double.parseDouble(text.substring(0, slash).strip())
                / Double.parseDouble(text.substring(slash + 1).strip());
    }

    private static List<String[]> rows(String file, int minColumns) {
        InputStream in = QuantityLexicon.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing from the classpath: " + DIR + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int n = 1; (line = reader.readLine()) != null; n++) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length < minColumns) {
                    throw new IllegalStateException(file + ":" + n + ": expected " + minColumns + " columns");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        return rows;
    }
}
