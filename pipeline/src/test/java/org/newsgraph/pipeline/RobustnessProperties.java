package org.newsgraph.pipeline;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/** Lucene-style random-data blasting: whatever the text, the analyser answers or refuses, never crashes. */
class RobustnessProperties {

    @Property(tries = 25)
    void randomUnicodeIsAnalysedOrRefusedWithAMessage(@ForAll @StringLength(max = 300) String text) {
        try {
            Doc doc = SharedAnalyzer.get().analyze(new Article("random", text, null, "2024-01-01", null, null));
            DocAssertions.assertSpansConsistent(doc);
        } catch (RejectedInputException refused) {
            org.assertj.core.api.Assertions.assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 25)
    void englishWordSaladNeverBreaksTheRules(@ForAll("salad") String text) {
        try {
            Doc doc = SharedAnalyzer.get().analyze(new Article("salad", text, null, "2024-01-01", null, null));
            DocAssertions.assertSpansConsistent(doc);
        } catch (RejectedInputException refused) {
            // a salad of names without one English function word may be taken for another language;
            // one of line breaks only is empty
            org.assertj.core.api.Assertions.assertThat(refused.getMessage())
                    .contains(text.isBlank() ? "the text is empty" : "English only");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> salad() {
        net.jqwik.api.Arbitrary<String> words = net.jqwik.api.Arbitraries.of("Mr.", "Kim", "his", "he", "said",
                "the", "train", "Kremlin", "spokesperson", "President", "of", "Russia", ",", ".", "“", "”", "\"",
                "on", "Sunday", "37", "miles", "per", "hour", "her", "it", "its", "Mrs.", "Clinton", "father",
                "Minister", "Foreign", "People's", "Army", "'s", "\n", "according", "to", "thousand", "times");
        return words.list().ofMinSize(1).ofMaxSize(40).map(list -> String.join(" ", list));
    }
}
