package org.newsgraph.pipeline.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded pieces CoreNLP is given, on hand-made tokens (no models loaded). */
class CoreNlpPiecesTest {

    /** A sentence of {@code n} tokens, each {@code word(i)}, one character apart. */
    private static List<CoreLabel> sentence(int n, java.util.function.IntFunction<String> word) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CoreLabel token = new CoreLabel();
            token.setWord(word.apply(i));
            token.setValue(word.apply(i));
            token.setOriginalText(word.apply(i));
            token.setBeginPosition(2 * i);
            token.setEndPosition(2 * i + 1);
            tokens.add(token);
        }
        return tokens;
    }

    private static List<Integer> sizes(List<List<CoreLabel>> sentences) {
        return sentences.stream().map(List::size).toList();
    }

    @Test
    void longRunsWithoutALetterOrDigitAreLeftOutAndShortOnesKept() {
        String rule = "-".repeat(190);
        String quotes = "\"".repeat(10_000);
        String invisible = "\u200b".repeat(300);
        String text = "Lead. " + rule + " Next." + quotes + "Then 42" + invisible;

        // ". " + 190 dashes + " " is a run of 193: it stays. The run from the full stop after "Next" (at 201) through
        // the 10,000 quotes goes, and so do the 300 zero-width spaces after "Then 42" (10,202 to 10,209).
        assertThat(CoreNlpPieces.wordySpans(text)).containsExactly(new CoreNlpPieces.Span(0, 201),
                new CoreNlpPieces.Span(10_202, 10_209));
        assertThat(CoreNlpPieces.wordySpans("!?".repeat(50_000))).isEmpty();
        assertThat(CoreNlpPieces.wordySpans("...")).containsExactly(new CoreNlpPieces.Span(0, 3));
        assertThat(CoreNlpPieces.wordySpans("\uD83D\uDE00".repeat(100) + "a")).containsExactly(
                new CoreNlpPieces.Span(200, 201));
    }

    @Test
    void aPieceEndsAtTheEndOfItsStretch() {
        String text = "a ".repeat(20_000);
        assertThat(CoreNlpPieces.pieceEnd(text, 100, 5_000, true)).isEqualTo(5_000);
        assertThat(CoreNlpPieces.pieceEnd(text, 0, 30_000, true)).isEqualTo(20_000);
    }

    @Test
    void aShortTextIsOnePiece() {
        assertThat(CoreNlpPieces.pieceEnd("Short text.\n\nTwo paragraphs.", 0, true)).isEqualTo(28);
    }

    @Test
    void aLongTextIsCutAfterItsLastBlankLineInTheWindow() {
        String text = "a".repeat(15_000) + "\n\n" + "b".repeat(15_000);
        assertThat(CoreNlpPieces.pieceEnd(text, 0, true)).isEqualTo(15_002);
        assertThat(CoreNlpPieces.pieceEnd(text, 15_002, true)).isEqualTo(text.length());
    }

    @Test
    void withoutABreakALongTextIsCutAfterASpaceOrAtTheWindowButNeverInsideASurrogatePair() {
        String spaced = "x".repeat(12_000) + " " + "y".repeat(20_000);
        assertThat(CoreNlpPieces.pieceEnd(spaced, 0, true)).isEqualTo(12_001);
        String emoji = "\uD83D\uDE00".repeat(15_000);
        // A cut that would fall before a low surrogate moves back one, before its pair.
        assertThat(CoreNlpPieces.pieceEnd(emoji, 1, true)).isEqualTo(20_000);
        assertThat(CoreNlpPieces.pieceEnd(emoji, 0, true)).isEqualTo(20_000);
    }

    @Test
    void withoutAParagraphBreakALongTextIsCutAfterASentenceEnd() {
        String text = "Word word. ".repeat(1_700) + "tail words " + "x".repeat(5_000);
        // 1,700 sentences of 11 characters end at 18,700; the space after the last "word." is at 18,699.
        assertThat(CoreNlpPieces.pieceEnd(text, 0, false)).isEqualTo(18_700);
    }

    @Test
    void aSentenceOverTheCapIsCutAfterACommaInTheSecondHalfOfTheWindow() {
        List<CoreLabel> long1000 = sentence(1_000, i -> i == 300 || i == 650 ? "," : "w");
        assertThat(sizes(CoreNlpPieces.capSentences(List.of(long1000)))).containsExactly(301, 350, 349);
    }

    @Test
    void aSentenceWithoutCommasIsCutAtTheCap() {
        assertThat(sizes(CoreNlpPieces.capSentences(List.of(sentence(900, i -> "w"), sentence(7, i -> "w")))))
                .containsExactly(400, 400, 100, 7);
    }

    @Test
    void aLongWordIsShownCutWithItsOffsetsKept() {
        List<CoreLabel> tokens = sentence(2, i -> i == 0 ? "z".repeat(500) : "ok");
        CoreNlpPieces.capWords(List.of(tokens));
        assertThat(tokens.get(0).word()).isEqualTo("z".repeat(60));
        assertThat(tokens.get(0).beginPosition()).isZero();
        assertThat(tokens.get(0).endPosition()).isEqualTo(1);
        assertThat(tokens.get(1).word()).isEqualTo("ok");
    }

    @Test
    void sentencesAreGroupedIntoChunksOfAboutTwoThousandTokens() {
        List<List<CoreLabel>> sentences = List.of(sentence(1_500, i -> "w"), sentence(400, i -> "w"),
                sentence(400, i -> "w"), sentence(2_500, i -> "w"), sentence(3, i -> "w"));
        assertThat(CoreNlpPieces.chunks(sentences).stream().map(List::size).toList()).containsExactly(2, 1, 1, 1);
    }

    @Test
    void aShortFirstChunkCanBeAskedForAndTheOthersKeepTheirSize() {
        List<List<CoreLabel>> sentences = List.of(sentence(100, i -> "w"), sentence(100, i -> "w"),
                sentence(100, i -> "w"), sentence(900, i -> "w"), sentence(900, i -> "w"), sentence(900, i -> "w"));

        List<List<List<CoreLabel>>> chunks = CoreNlpPieces.chunks(sentences, 250);

        assertThat(chunks.stream().map(List::size).toList()).containsExactly(2, 3, 1);
        assertThat(chunks.stream().map(CoreNlpPieces::tokens).toList()).containsExactly(200L, 1_900L, 900L);
        assertThat(CoreNlpPieces.tokens(sentences)).isEqualTo(3_000);
    }
}
