package org.newsgraph.eval.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.CorpusFormatException;

class HtmlRunTest {

    /** Two pages: 5 wanted snippets (one absent from its page), 6 unwanted (one, "Den Teig", in the body). */
    private static final Path FIXTURE = Path.of("src", "test", "resources", "html-eval");

    private final StringWriter progress = new StringWriter();

    private HtmlRun.Scores run(Path directory, List<String> misses) {
        return new HtmlRun(directory, null, misses::add, new PrintWriter(progress, true))
                .run(ExpectedPages.read(directory));
    }

    @Test
    void scoresTheFixtureOverAllAndEnglishPages() {
        List<String> misses = new ArrayList<>();

        HtmlRun.Scores scores = run(FIXTURE, misses);

        assertThat(scores.all()).isEqualTo(new HtmlTally(2, 4, 1, 1, 2, 1));
        assertThat(scores.english()).isEqualTo(new HtmlTally(1, 2, 1, 0, 1, 1));
        assertThat(scores.failed()).isZero();
        assertThat(misses).containsExactly("https://valley.example/news/council-budget (council.html)",
                "  missing:  a snippet the page does not have", "https://kuchen.example/apfelkuchen (rezept.html)",
                "  unwanted: Den Teig");
    }

    @Test
    void anUnreadablePageCountsItsWantedSnippetsAsMissed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("expected.json"), "{\"https://gone.example/\": {\"file\": \"gone.html\", "
                + "\"with\": [\"one\", \"two\"], \"without\": [\"three\"]}}");

        HtmlRun.Scores scores = run(dir, new ArrayList<>());

        assertThat(scores.failed()).isEqualTo(1);
        assertThat(scores.all()).isEqualTo(new HtmlTally(1, 0, 2, 0, 0, 0));
        assertThat(scores.english()).isEqualTo(HtmlTally.ZERO);
        assertThat(progress.toString()).startsWith(dir.resolve("pages").resolve("gone.html") + ": cannot read: ");
    }

    @Test
    void extractedPagesAreMatchedByFileNameAndAMissingOneHasNoText() {
        Map<String, org.newsgraph.io.html.HtmlArticle> extracted = ExtractedPages.read(
                Path.of("src", "test", "resources", "html-eval-extracted.jsonl"));

        HtmlRun.Scores scores = new HtmlRun(FIXTURE, extracted, line -> { }, new PrintWriter(progress, true))
                .run(ExpectedPages.read(FIXTURE));

        // council: its line holds two of the three wanted snippets and a title; rezept has no line.
        assertThat(scores.all()).isEqualTo(new HtmlTally(2, 2, 3, 0, 1, 0));
        assertThat(scores.english()).isEqualTo(new HtmlTally(1, 2, 1, 0, 1, 0));
    }

    @Test
    void aFolderWithoutExpectedJsonIsAFormatError(@TempDir Path dir) {
        assertThatThrownBy(() -> ExpectedPages.read(dir)).isInstanceOf(CorpusFormatException.class)
                .hasMessage("no expected.json in " + dir);
    }

    @Test
    void anEmptyExpectedJsonIsAFormatError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("expected.json"), "{}");

        assertThatThrownBy(() -> ExpectedPages.read(dir)).isInstanceOf(CorpusFormatException.class)
                .hasMessage(dir.resolve("expected.json") + " holds no pages");
    }

    @Test
    void theReportPrintsATableAndJson() {
        HtmlRun.Scores scores = new HtmlRun.Scores(new HtmlTally(2, 4, 1, 1, 2, 1), new HtmlTally(1, 2, 1, 0, 1, 1), 0);
        String n = System.lineSeparator();

        assertThat(HtmlReport.text(scores)).isEqualTo(
                "pages     count      P      R     F1     FP   title    date" + n
                        + "all           2  0.800  0.800  0.800      1  100.0%   50.0%" + n
                        + "English       1  1.000  0.667  0.800      0  100.0%  100.0%" + n);
        assertThat(HtmlReport.json(scores)).isEqualTo("{\"all\":{\"pages\":2,\"tp\":4,\"fn\":1,\"fp\":1,"
                + "\"precision\":0.8,\"recall\":0.8,\"f1\":0.8,\"title_found\":1.0,\"date_found\":0.5},"
                + "\"english\":{\"pages\":1,\"tp\":2,\"fn\":1,\"fp\":0,\"precision\":1.0,\"recall\":0.6667,"
                + "\"f1\":0.8,\"title_found\":1.0,\"date_found\":1.0}}");
    }
}
