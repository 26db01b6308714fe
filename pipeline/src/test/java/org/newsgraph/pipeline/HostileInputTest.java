package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/**
 * Inputs a hostile page hands the analyser, at sizes a CI run affords (the full sizes are in
 * {@code newsgraph bench --hostile}): each is analysed with consistent spans or refused with a
 * message, within the default budget, never a stage failure.
 */
class HostileInputTest {

    private static Doc analyze(String text) {
        return SharedAnalyzer.get().analyze(new Article("hostile", text, null, "2024-01-01", null, null),
                Analyzer.DEFAULT_BUDGET);
    }

    @Test
    void tenThousandStraightQuotesAreLeftOutAndTheWordsAroundThemAnalysed() {
        Doc doc = analyze("Ann said " + "\"".repeat(10_000) + " and left.");
        DocAssertions.assertSpansConsistent(doc);
        // The run of quotes holds no letter: CoreNLP never sees it (it once overflowed the stack, then took 40 s).
        assertThat(doc.tokens()).extracting(t -> t.text() + "@" + t.start()).containsExactly("Ann@0", "said@4",
                "and@10010", "left@10014", ".@10018");
        assertThat(doc.sentences()).hasSize(1);
    }

    @Test
    void aLongLineWithoutFullStopsIsCutIntoBoundedSentences() {
        Doc doc = analyze("the minister John Smith said and the council of Paris voted against it ".repeat(700));
        DocAssertions.assertSpansConsistent(doc);
        assertThat(doc.tokens()).hasSize(9_100);
        assertThat(doc.sentences()).hasSize(24);
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.endToken() - s.firstToken()).isLessThanOrEqualTo(400));
    }

    @Test
    void aRepeatedSentenceIsAnalysedSentenceBySentence() {
        Doc doc = analyze("The minister said the plan would work. ".repeat(600));
        DocAssertions.assertSpansConsistent(doc);
        assertThat(doc.sentences()).hasSize(600);
        assertThat(doc.tokens()).hasSize(4_800);
    }

    @Test
    void zeroWidthPunctuationAndEmojiRunsAreAnalysedOrRefusedWithAMessage() {
        for (String text : new String[] {"\u200B".repeat(5_000), "!?.,;:-()[]/*&%$#@".repeat(1_000),
            ("\uD83D\uDE00".repeat(40) + " wow said Anna ").repeat(5), "\"The plan ".repeat(2_000)}) {
            try {
                DocAssertions.assertSpansConsistent(analyze(text));
            } catch (RejectedInputException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void anArticleOverItsBudgetFailsWithAMessageAndTheNextIsAnalysed() {
        Article article = new Article("slow", "The minister said the plan would work. ".repeat(200), null,
                "2024-01-01", null, null);
        assertThatThrownBy(() -> SharedAnalyzer.get().analyze(article, Duration.ofMillis(1)))
                .isInstanceOfSatisfying(AnalysisCancelledException.class, e -> assertThat(e.timedOut()).isTrue())
                .hasMessage("the analysis took over its time budget of 1 ms (raise it with --max-seconds)");
        assertThat(SharedAnalyzer.get().analyze(article, Analyzer.DEFAULT_BUDGET).sentences()).hasSize(200);
    }
}
