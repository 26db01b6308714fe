package org.newsgraph.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.StageException;

/** The PolNeAR run over two articles written for this test, with an analyser that fails on one. */
class PolnearRunTest {

    //                                  0         1
    //                                  0123456789012345678
    private static final String TEXT = "“We won,” Ana said.";
    private static final String ANN = """
            T1\tContent 0 9\t“We won,”
            T2\tCue 14 18\tsaid
            T3\tSource 10 13\tAna
            E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3
            """;

    /** Finds the quote in "a-..." articles, fails on the others. */
    private static final Function<Article, Doc> ANALYSIS = article -> {
        if (!article.id().startsWith("a-")) {
            throw new StageException("attribution", article.id(), "broken");
        }
        Attribution quote = new Attribution("a1", AttributionKind.DIRECT, Span.of(TEXT, 0, 9), Span.of(TEXT, 14, 18),
                new Source(Span.of(TEXT, 10, 13), null, SourceKind.PERSON), Certainty.REPORTED, List.of());
        return Doc.of(article).withAttributions(List.of(quote));
    };

    private static List<PolnearDocument> documents(Path dir) throws IOException {
        Path ann = dir.resolve("a.ann");
        Files.writeString(ann, ANN);
        List<GoldAttribution> gold = PolnearReader.parse(ann, TEXT.length());
        return List.of(new PolnearDocument("a-2016-03-01", TEXT, "2016-03-01", gold),
                new PolnearDocument("b-2016-03-02", TEXT, "2016-03-02", gold),
                new PolnearDocument("a-2016-03-03", TEXT, null, gold));
    }

    @Test
    void scoresEveryArticleAndAFailedOneAgainstNothing(@TempDir Path dir) throws Exception {
        StringWriter progress = new StringWriter();

        PolnearRun.Scores scores = new PolnearRun(ANALYSIS, 2, new PrintWriter(progress)).score(documents(dir));

        assertThat(scores.articles()).isEqualTo(2);
        assertThat(scores.failed()).isEqualTo(1);
        assertThat(scores.gold()).isEqualTo(3);
        assertThat(scores.predicted()).isEqualTo(2);
        assertThat(scores.scores().relation().precision()).isEqualTo(1.0);
        assertThat(scores.scores().relation().recall()).isEqualTo(2.0 / 3);
        assertThat(scores.scores().directSpeakers()).isEqualTo(2);
        assertThat(progress.toString()).isEqualTo("b-2016-03-02: broken" + System.lineSeparator());

        String table = PolnearReport.table(scores);
        assertThat(table).startsWith("PolNeAR: 2 articles, 3 gold attributions, 2 predicted" + System.lineSeparator())
                .contains("relation          P 1.000  R 0.667  F1 0.800")
                .contains("direct speakers   2 of 3 right (66.7%)");
        JsonNode json = new ObjectMapper().readTree(PolnearReport.json(scores));
        assertThat(json.get("articles").asInt()).isEqualTo(2);
        assertThat(json.get("predicted").asInt()).isEqualTo(2);
        assertThat(json.get("relation").get("f1").asDouble()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("direct_quotes").asInt()).isEqualTo(3);
    }

    @Test
    void handsOnTheAnalysedArticlesInOrderWithTheirDates(@TempDir Path dir) throws Exception {
        List<String> seen = new ArrayList<>();

        int failed = new PolnearRun(ANALYSIS, 3, new PrintWriter(new StringWriter()))
                .analysed(documents(dir), (d, doc) -> seen.add(d.id() + " " + doc.article().published()));

        assertThat(failed).isEqualTo(1);
        assertThat(seen).containsExactly("a-2016-03-01 2016-03-01", "a-2016-03-03 null");
    }
}
