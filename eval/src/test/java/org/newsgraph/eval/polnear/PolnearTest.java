package org.newsgraph.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;

/** Reading brat standoff and scoring attributions, on a text written for this test. */
class PolnearTest {

    //                            0         1         2         3         4         5         6
    //                            0123456789012345678901234567890123456789012345678901234567890123456
    private static final String TEXT = "“We won,” Ana said. Officials said the count was over. It rained.";

    private static final String ANN = """
            T1\tContent 0 9\t“We won,”
            T2\tCue 14 18\tsaid
            T3\tSource 10 13\tAna
            E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3
            T4\tSource 20 29\tOfficials
            T5\tCue 30 34\tsaid
            T6\tContent 35 53\tthe count was over
            E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6
            """;

    @Test
    void readsTheFirstAnnotatorsRelationsWithTheDateFromTheFileName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/nyt_2016-03-01_story.txt"), TEXT);
        Files.writeString(dir.resolve("attributions/nyt_2016-03-01_story_aaaa.ann"), ANN);
        Files.writeString(dir.resolve("attributions/nyt_2016-03-01_story_bbbb.ann"), "");

        List<PolnearDocument> docs = PolnearReader.read(dir, 10);

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("nyt_2016-03-01_story");
            assertThat(d.published()).isEqualTo("2016-03-01");
            assertThat(d.attributions()).hasSize(2);
            assertThat(d.attributions().get(1).source().start()).isEqualTo(20);
        });
    }

    @Test
    void aFolderWithoutTheLayoutIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> PolnearReader.read(dir, 10)).isInstanceOf(CorpusFormatException.class)
                .hasMessageContaining("needs text/ and attributions/");
    }

    @Test
    void scoresSpansRelationsAndDirectSpeakers(@TempDir Path dir) throws IOException {
        Path ann = dir.resolve("a.ann");
        Files.writeString(ann, ANN);
        List<GoldAttribution> gold = PolnearReader.parse(ann, TEXT.length());
        // right: the quote and its speaker; wrong source on the second; an invented third
        Attribution quote = attribution("a1", 0, 9, 14, 18, 10, 13, AttributionKind.DIRECT);
        Attribution count = attribution("a2", 35, 53, 30, 34, 55, 57, AttributionKind.INDIRECT);
        Attribution rain = attribution("a3", 55, 64, 14, 18, 10, 13, AttributionKind.INDIRECT);
        Doc doc = Doc.of(Article.of("d", TEXT)).withAttributions(List.of(quote, count, rain));

        AttributionScores s = AttributionScorer.score(doc, gold);

        assertThat(s.relation().recall()).isEqualTo(0.5);
        assertThat(s.relation().precision()).isEqualTo(1.0 / 3);
        assertThat(s.contentExact().recall()).isEqualTo(1.0);
        // a1 and a3 both name Ana: one-to-one, only one of them is matched
        assertThat(s.sourceOverlap().precision()).isEqualTo(1.0 / 3);
        assertThat(s.sourceOverlap().recall()).isEqualTo(0.5);
        assertThat(s.cueExact().precision()).isEqualTo(2.0 / 3);
        assertThat(s.directQuotes()).isEqualTo(1);
        assertThat(s.directSpeakers()).isEqualTo(1);
        assertThat(s.directRelation().f1()).isEqualTo(1.0);
    }

    @Test
    void aDocumentWithoutPredictionsKeepsItsGoldInTheDenominators(@TempDir Path dir) throws IOException {
        Path ann = dir.resolve("a.ann");
        Files.writeString(ann, ANN);
        List<GoldAttribution> gold = PolnearReader.parse(ann, TEXT.length());

        AttributionScores s = AttributionScorer.score(Doc.of(Article.of("d", TEXT)), gold);

        assertThat(s.relation()).isEqualTo(new org.newsgraph.eval.score.Score(0, 2, 0, 0));
        assertThat(s.contentOverlap().recallDenominator()).isEqualTo(2);
        assertThat(s.directQuotes()).isEqualTo(1);
    }

    private static Attribution attribution(String id, int contentStart, int contentEnd, int cueStart, int cueEnd,
            int sourceStart, int sourceEnd, AttributionKind kind) {
        return new Attribution(id, kind, Span.of(TEXT, contentStart, contentEnd), Span.of(TEXT, cueStart, cueEnd),
                new Source(Span.of(TEXT, sourceStart, sourceEnd), null, SourceKind.PERSON), Certainty.REPORTED,
                List.of());
    }
}
