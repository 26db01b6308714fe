package org.newsgraph.pipeline.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Measure;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.quantity.NumberParser.NumberPhrase;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Finds the quantities of a parsed sentence, left to right: amounts of money ("$5 billion", "50 million
 * euros"), measures ("37 miles per hour", "a 10-mile drive"), ratios ("40 percent", "half of", "a
 * thousand times heavier", "threefold") and counts ("12 people", "thousands of troops"), each with the
 * words that make it approximate ("more than", "about", "dozens").
 *
 * <p>A number is not a quantity when one of its tokens is blocked (the caller blocks temporal
 * expressions), when it is part of a name ("Boeing 737", "Apollo 11"), when it is a lone year-like
 * number ("in 2019"), or when it has neither a unit nor a countable noun: a bare number says too little
 * to be worth reporting. Immutable and thread-safe.
 */
public final class QuantityFinder {

    private static final List<List<String>> APPROXIMATORS = Stream.of("more than", "less than", "fewer than",
                    "at least", "at most", "up to", "as many as", "as much as", "as few as", "close to", "nearly",
                    "almost", "about", "around", "approximately", "approx.", "roughly", "some", "over", "under",
                    "an estimated", "estimated", "upwards of", "just over", "just under", "well over", "circa",
                    "~", "more then")
            .map(phrase -> List.of(phrase.split(" ")))
            .sorted(Comparator.comparingInt(phrase -> -phrase.size()))
            .toList();
    private static final Map<String, Double> SHORT_SCALES = Map.of("m", 1e6, "k", 1e3, "b", 1e9);
    private static final Set<String> NUMBER_NAME_RELATIONS = Set.of("nummod", "compound", "flat", "dep", "appos");

    private final QuantityLexicon lexicon;
    private final AboutFinder about;

    public QuantityFinder(QuantityLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.about = new AboutFinder(lexicon);
    }

    /** One sentence being scanned. */
    private record Scan(Doc doc, DependencyIndex deps, Sentence sentence, List<String> words, BitSet blocked) {

        String lower(int token) {
            return sentence.containsToken(token) ? doc.tokens().get(token).text().toLowerCase(Locale.ROOT) : "";
        }

        Token token(int index) {
            return doc.tokens().get(index);
        }

        /** The text of tokens {@code [first, end)} with white space runs made single spaces. */
        String form(int first, int end) {
            return doc.text().substring(token(first).start(), token(end - 1).end()).replaceAll("\\s+", " ");
        }

        int relative(int token) {
            return token - sentence.firstToken();
        }

        int absolute(int word) {
            return word + sentence.firstToken();
        }

        boolean blocked(int first, int end) {
            int next = blocked.nextSetBit(first);
            return next >= 0 && next < end;
        }
    }

    private record Match(Quantity quantity, int end) {
    }

    /**
     * The quantities of {@code sentence}, in text order and not overlapping.
     *
     * @param blocked document token indices that are never part of a number (temporal expressions, names)
     */
    public List<Quantity> find(Doc doc, DependencyIndex deps, Sentence sentence, BitSet blocked) {
        List<String> words = doc.tokens().subList(sentence.firstToken(), sentence.endToken()).stream()
                .map(Token::text).toList();
        Scan scan = new Scan(doc, deps, sentence, words, blocked);
        List<Quantity> found = new ArrayList<>();
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            Optional<Match> match = match(scan, i);
            if (match.isPresent()) {
                found.add(match.get().quantity());
                i = match.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Optional<Match> match(Scan s, int i) {
        int core = approximatorEnd(s, i);
        boolean approximate = core > i;
        Optional<Match> match = money(s, i, core, approximate);
        if (match.isEmpty()) {
            match = fraction(s, i, core, approximate);
        }
        if (match.isEmpty()) {
            match = number(s, i, core, approximate);
        }
        return match;
    }

    private static int approximatorEnd(Scan s, int i) {
        for (List<String> phrase : APPROXIMATORS) {
            int k = 0;
            while (k < phrase.size() && s.lower(i + k).equals(phrase.get(k))) {
                k++;
            }
            if (k == phrase.size()) {
                return i + k;
            }
        }
        return i;
    }

    /** A currency sign or code, then a number: "$5 billion", "Rs 500 crore", "USD 40 million". */
    private Optional<Match> money(Scan s, int i, int core, boolean approximate) {
        if (!s.sentence().containsToken(core)) {
            return Optional.empty();
        }
        Optional<QuantityLexicon.CurrencyForm> currency = lexicon.currencyBefore(s.token(core).text());
        Optional<NumberPhrase> number = currency.isEmpty() ? Optional.empty()
                : NumberParser.parse(s.words(), s.relative(core + 1), true);
        if (number.isEmpty() || !number.get().remainder().isEmpty() || number.get().vague()) {
            return Optional.empty();
        }
        int end = s.absolute(number.get().end());
        if (s.blocked(core + 1, end)) {
            return Optional.empty();
        }
        int measured = about.measured(s.doc(), s.deps(), core, end, true);
        return build(s, i, end, QuantityKind.MONEY, number.get().value() * currency.get().factor(),
                currency.get().code(), null, about.describe(s.doc(), s.deps(), measured, core, end), approximate);
    }

    /** "half of", "a third of", "two-thirds of". */
    private Optional<Match> fraction(Scan s, int i, int core, boolean approximate) {
        Optional<NumberPhrase> fraction = NumberParser.fraction(s.words(), s.relative(core));
        if (fraction.isEmpty() || !s.lower(s.absolute(fraction.get().end())).equals("of")) {
            return Optional.empty();
        }
        int end = s.absolute(fraction.get().end());
        int measured = about.measured(s.doc(), s.deps(), core, end, false);
        return build(s, i, end, QuantityKind.RATIO, fraction.get().value(), null, null,
                about.describe(s.doc(), s.deps(), measured, core, end), approximate);
    }

    private Optional<Match> number(Scan s, int i, int core, boolean approximate) {
        if (s.lower(core).equals("twice")) {
            return times(s, i, core + 1, 2, approximate);
        }
        Optional<NumberPhrase> parsed = NumberParser.parse(s.words(), s.relative(core), false);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        NumberPhrase number = parsed.get();
        int end = s.absolute(number.end());
        if (s.blocked(core, end) || insideName(s, core, end)) {
            return Optional.empty();
        }
        boolean approx = approximate || number.vague();
        if (!number.remainder().isEmpty()) {
            return writtenOn(s, i, core, end, number, approx);
        }
        int k = number.vague() && s.lower(end).equals("of") ? end + 1 : end;
        boolean scaled = NumberParser.scaled(s.words(), s.relative(core), number.end());
        for (int n = Math.min(3, s.sentence().endToken() - k); n >= 1; n--) {
            Optional<QuantityLexicon.CurrencyForm> currency = lexicon.currencyAfter(s.form(k, k + n));
            if (currency.isPresent() && (scaled || !currency.get().needsScale())) {
                int measured = about.measured(s.doc(), s.deps(), core, k + n, true);
                return build(s, i, k + n, QuantityKind.MONEY, number.value() * currency.get().factor(),
                        currency.get().code(), null, about.describe(s.doc(), s.deps(), measured, core, k + n), approx);
            }
        }
        for (int n = Math.min(lexicon.longestForm(), s.sentence().endToken() - k); n >= 1; n--) {
            String form = s.form(k, k + n).toLowerCase(Locale.ROOT);
            // a sentence-final abbreviation keeps its period in its token: "30 ° F."
            boolean period = s.token(k + n - 1).text().length() > 1 && form.endsWith(".");
            Optional<Unit> unit = lexicon.unit(form).or(() -> period
                    ? lexicon.unit(form.substring(0, form.length() - 1)) : Optional.empty());
            if (unit.isPresent()) {
                return measure(s, i, core, k + n, number.value(), unit.get(), approx);
            }
        }
        if (s.lower(end).equals("times")) {
            return times(s, i, end + 1, number.value(), approx);
        }
        if (!approx && isYear(s, core, end)) {
            return Optional.empty();
        }
        return count(s, i, core, end, number.value(), approx);
    }

    /** A count of the noun the number modifies ("12 people"), or the value of a tally ("the toll rose to 45"). */
    private Optional<Match> count(Scan s, int i, int core, int end, double value, boolean approximate) {
        int noun = about.countedNoun(s.doc(), s.deps(), s.sentence(), core, end, value);
        if (noun < 0) {
            int tally = about.tally(s.doc(), s.deps(), core, end);
            return tally < 0 ? Optional.empty() : build(s, i, end, QuantityKind.COUNT, value, null, null,
                    about.describe(s.doc(), s.deps(), tally, core, end), approximate);
        }
        int spanEnd = noun >= end && noun - end <= 3 && plainWords(s, end, noun) ? noun + 1 : end;
        return build(s, i, spanEnd, QuantityKind.COUNT, value, null, null,
                about.describe(s.doc(), s.deps(), noun, core, end), approximate);
    }

    /** A unit written onto the number: "5km", "10-mile", "12-km-wide", "104F", "threefold". */
    private Optional<Match> writtenOn(Scan s, int i, int core, int end, NumberPhrase number, boolean approximate) {
        if (number.remainder().equals("fold")) {
            int measured = about.measured(s.doc(), s.deps(), core, end, false);
            return build(s, i, end, QuantityKind.RATIO, number.value(), "times", null,
                    about.describe(s.doc(), s.deps(), measured, core, end), approximate);
        }
        Double scale = SHORT_SCALES.get(number.remainder());
        if (scale != null && s.sentence().containsToken(end) && s.token(end).pos().equals("NNS")
                && lexicon.unit(s.lower(end)).isEmpty()) {
            // "5m people": m is million before a plural noun that is no unit ("5m tall" is metres)
            return count(s, i, core, end, number.value() * scale, approximate);
        }
        List<String> parts = List.of(number.remainder().split("-"));
        for (int n = parts.size(); n >= 1; n--) {
            Optional<Unit> unit = lexicon.unit(String.join(" ", parts.subList(0, n)));
            if (unit.isPresent()) {
                return measure(s, i, core, end, number.value(), unit.get(), approximate);
            }
        }
        return Optional.empty();
    }

    private Optional<Match> measure(Scan s, int i, int core, int end, double value, Unit unit, boolean approximate) {
        boolean ratio = unit.dimension() == Dimension.RATIO;
        int measured = about.measured(s.doc(), s.deps(), core, end, false);
        return build(s, i, end, ratio ? QuantityKind.RATIO : QuantityKind.MEASURE, value, unit.symbol(),
                unit.normalize(value).orElse(null), about.describe(s.doc(), s.deps(), measured, core, end),
                approximate);
    }

    /**
     * A multiplier, from the word after "times" or "twice": "times heavier", "times more powerful",
     * "times as large", "times the size". "Three times" alone counts occurrences and is no ratio.
     */
    private Optional<Match> times(Scan s, int i, int k, double value, boolean approximate) {
        String next = s.lower(k);
        boolean more = next.equals("more") || next.equals("less");
        int p = more || next.equals("as") ? k + 1 : k;
        @Nullable Token t = s.sentence().containsToken(p) ? s.token(p) : null;
        String property = null;
        int end = -1;
        if (t != null && Set.of("much", "many").contains(t.text().toLowerCase(Locale.ROOT))) {
            // "twice as many troops": the noun, if any, is what is compared
            boolean noun = s.sentence().containsToken(p + 1) && s.token(p + 1).isNoun();
            property = noun ? s.token(p + 1).text() : null;
            end = noun ? p + 2 : p + 1;
        } else if (t != null && (p > k ? t.pos().startsWith("JJ") || t.pos().startsWith("RB")
                : t.pos().equals("JJR") || t.pos().equals("RBR"))) {
            property = lexicon.property(t.text()).orElse(t.text().toLowerCase(Locale.ROOT));
            end = p + 1;
        } else if (t != null && more && t.isNoun()) {
            property = t.text();
            end = p + 1;
        } else if (next.equals("the") && s.sentence().containsToken(k + 1) && s.token(k + 1).isNoun()) {
            property = s.token(k + 1).text().toLowerCase(Locale.ROOT);
            end = k + 2;
        } else if (more) {
            end = k + 1;
        }
        if (end < 0) {
            return Optional.empty();
        }
        return build(s, i, end, QuantityKind.RATIO, value, "times", null, property, approximate);
    }

    /** Numbers in names: a number word tagged as a proper noun, "Boeing 737", "Apollo 11", "Article 5". */
    private static boolean insideName(Scan s, int first, int end) {
        for (int t = first; t < end; t++) {
            if (s.token(t).isProperNoun()) {
                return true;
            }
        }
        int head = s.deps().headOf(first, end);
        int governor = s.deps().head(head);
        if (governor >= s.sentence().firstToken() && governor < first && s.token(governor).pos().equals("NNP")
                && NUMBER_NAME_RELATIONS.contains(s.deps().relation(head))) {
            return true;
        }
        int before = first - 1;
        return before > s.sentence().firstToken() && s.token(before).pos().equals("NNP") && !s.blocked(before, first)
                && s.sentence().containsToken(end) && s.token(end).isProperNoun();
    }

    /** A lone four-digit number from 1000 to 2100 with no unit: a year more often than a count. */
    private static boolean isYear(Scan s, int first, int end) {
        String text = s.token(first).text();
        return end == first + 1 && text.matches("\\d{4}") && Integer.parseInt(text) <= 2100
                && Integer.parseInt(text) >= 1000;
    }

    /** True if tokens {@code [from, to)} hold no punctuation and no other number. */
    private static boolean plainWords(Scan s, int from, int to) {
        for (int t = from; t < to; t++) {
            String pos = s.token(t).pos();
            if (pos.equals("CD") || !Character.isLetter(pos.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Match> build(Scan s, int first, int end, QuantityKind kind, double value,
            @Nullable String unit, @Nullable Measure normalized, @Nullable String about, boolean approximate) {
        if (!Double.isFinite(value)) {
            return Optional.empty();
        }
        Quantity quantity = new Quantity(s.doc().span(first, end), kind, value, unit, normalized, about, approximate);
        return Optional.of(new Match(quantity, end));
    }
}
