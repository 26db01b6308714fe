package org.newsgraph.pipeline.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.quantity.QuantityExtractor;

/**
 * The quantity stage on random sentences of number words, units and noise, with random tags and random
 * (even cyclic) dependency graphs: it never throws, never hangs, and its spans are in the text, sorted
 * and disjoint.
 */
class QuantityPropertiesTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    /** One random token: its text, tag, label, head offset, relation, and whether a space precedes it. */
    record Word(String text, String pos, String ner, int head, String relation, boolean space) {
    }

    @Property(tries = 400)
    void randomSentencesNeverBreakTheStage(@ForAll("sentences") List<Word> words, @ForAll boolean timex) {
        Doc doc = doc(words, timex);
        Doc result = EXTRACTOR.apply(doc);
        Span previous = null;
        for (Quantity q : result.quantities()) {
            assertThat(q.span().text()).isEqualTo(doc.text().substring(q.span().start(), q.span().end()));
            assertThat(q.span().length()).isPositive();
            if (previous != null) {
                assertThat(q.span().start()).isGreaterThanOrEqualTo(previous.end());
            }
            previous = q.span();
        }
        Statistics.collect(result.quantities().isEmpty() ? "none" : "some");
        Statistics.coverage(coverage -> coverage.check("some").percentage(p -> p > 10));
    }

    private static Doc doc(List<Word> words, boolean timex) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (Word w : words) {
            if (w.space() && text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(w.text());
            int index = tokens.size();
            tokens.add(new Token(index, 0, start, text.length(), w.text(), w.text().toLowerCase(), w.pos(), w.ner()));
            int head = Math.floorMod(index + w.head(), words.size() + 1) - 1;
            deps.add(new Dependency(head, index, head < 0 ? "root" : w.relation()));
        }
        Doc doc = Doc.of(new Article("p", text.toString(), null, null, null, null));
        List<Timex> timexes = timex && !tokens.isEmpty()
                ? List.of(new Timex(Span.of(doc.text(), 0, tokens.get(0).end()), "DATE", "2023"))
                : List.of();
        return doc.withAnalysis(tokens, List.of(new Sentence(0, 0, tokens.size(), deps)), List.of(), timexes);
    }

    @Provide
    Arbitrary<List<Word>> sentences() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of("37", "1,200", "3.5", "two", "twenty-five", "a", "thousand", "million", "bn", "dozens",
                        "hundreds", "of", "half", "two-thirds", "$", "£", "Rs", "US$", "USD", "euros", "pounds", "won",
                        "miles", "per", "hour", "km", "/", "h", "km/h", "mph", "°F", "F.", "times", "more", "heavier",
                        "as", "much", "the", "people", "troops", "toll", "percent", "%", "per cent", "5km", "10-mile",
                        "threefold", "12-km-wide", "Boeing", "737", "2019", "more than", "about", "at", "least",
                        "Covid-19", "555-1234", "minus", "and", ".", ",", "``"),
                Arbitraries.strings().withChars("0123456789,.-kmbn°%$").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        Arbitrary<String> pos = Arbitraries.of("CD", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "RB", "RBR", "IN", "DT",
                "VBD", "VB", "$", "PRP", "WDT", ",", "``", "HYPH");
        Arbitrary<String> ner = Arbitraries.of("O", "O", "O", "O", "DATE", "PERSON", "NUMBER");
        Arbitrary<String> relation = Arbitraries.of("nummod", "nmod", "case", "obj", "obl", "nsubj", "nsubj:pass",
                "conj", "xcomp", "acl", "acl:relcl", "compound", "amod", "dep", "advmod", "flat");
        Arbitrary<Word> word = Combinators.combine(text, pos, ner, Arbitraries.integers().between(-4, 4), relation,
                Arbitraries.of(true, true, true, false)).as(Word::new);
        return word.list().ofMinSize(1).ofMaxSize(14);
    }
}
