package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on an embedded {@code local[2]} Spark over a few articles, one of them bad. */
class AnalyzeJobTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    private static Path corpus;
    private static Path output;
    private static AnalyzeJob.Summary first;

    @BeforeAll
    static void runJob() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("merkel.txt"),
                "Angela Merkel met Emmanuel Macron in Paris on Monday. \"We agreed on a plan,\" Merkel said.");
        Files.writeString(corpus.resolve("batch.jsonl"), """
                {"id": "oil", "text": "Oil prices rose 3 percent on Tuesday, traders in London said.", "published": "2024-03-05"}
                {"id": "strike", "text": "Russia attacked Kyiv with drones overnight, Ukraine's air force said.", "title": "Drones"}
                """);
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.writeString(corpus.resolve("notes.md"), "not an article");
        output = dir.resolve("out");
        spark = SparkSession.builder().master("local[2]").appName("AnalyzeJobTest")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        first = AnalyzeJob.run(spark, JobOptions.of(List.of(corpus.toString()), output.toString()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Row> table(Table table) {
        return spark.read().parquet(output.resolve(table.directory()).toString()).collectAsList();
    }

    @Test
    void documentsHaveTheArticlesAndTheirMetadata() {
        List<Row> documents = spark.read().parquet(output.resolve("documents").toString())
                .select("id", "published", "title", "language").orderBy("id").collectAsList();
        assertThat(documents).extracting(Row::toString).containsExactly(
                "[merkel,null,null,en]", "[oil,2024-03-05,null,en]", "[strike,null,Drones,en]");
        assertThat(first.count(Table.DOCUMENTS)).isEqualTo(3);
    }

    @Test
    void documentJsonAndTextHashAreStored() {
        Row merkel = spark.read().parquet(output.resolve("documents").toString())
                .filter("id = 'merkel'").select("text_sha256", "document").first();
        assertThat(merkel.getString(0))
                .isEqualTo(TableRows.sha256("Angela Merkel met Emmanuel Macron in Paris on Monday. \"We agreed on a plan,\" Merkel said."));
        assertThat(merkel.getString(1)).startsWith("{\"schema\":\"newsgraph/document@1\",\"id\":\"merkel\"");
    }

    @Test
    void aBadArticleIsAnErrorRowNotAFailedJob() {
        assertThat(table(Table.ERRORS)).extracting(Row::toString)
                .containsExactly("[" + corpus.resolve("empty.txt").toUri() + ",null,empty]");
    }

    @Test
    void entitiesAndMentionsAreLinkedToTheirDocument() {
        List<Row> people = spark.read().parquet(output.resolve("entities").toString())
                .filter("document_id = 'merkel' and type = 'PERSON'").select("name", "mention_count")
                .orderBy("name").collectAsList();
        assertThat(people).extracting(Row::toString).containsExactly("[Angela Merkel,2]", "[Emmanuel Macron,1]");
        List<Row> mentions = spark.read().parquet(output.resolve("mentions").toString())
                .filter("document_id = 'merkel'").select("start", "end", "text").orderBy("start").collectAsList();
        assertThat(mentions).extracting(Row::toString).startsWith("[0,13,Angela Merkel]", "[18,33,Emmanuel Macron]");
    }

    @Test
    void attributionsQuantitiesTimexesAndEventsAreTables() {
        assertThat(spark.read().parquet(output.resolve("attributions").toString())
                .filter("document_id = 'merkel'").select("content").collectAsList())
                .extracting(Row::toString).contains("[\"We agreed on a plan,\"]");
        assertThat(spark.read().parquet(output.resolve("quantities").toString())
                .filter("document_id = 'oil'").select("text", "kind", "value").collectAsList())
                .extracting(Row::toString).containsExactly("[3 percent,ratio,3.0]");
        assertThat(spark.read().parquet(output.resolve("timexes").toString())
                .filter("document_id = 'oil'").select("text", "value").collectAsList())
                .extracting(Row::toString).containsExactly("[Tuesday,2024-03-05]");
        assertThat(spark.read().parquet(output.resolve("events").toString()).columns())
                .startsWith("document_id", "event_id", "date", "source_name");
    }

    @Test
    void aRerunWritesTheSameTables() {
        List<List<String>> before = Stream.of(Table.values()).map(t -> rows(t)).toList();
        AnalyzeJob.Summary again = AnalyzeJob.run(spark, JobOptions.of(List.of(corpus.toString()), output.toString()));
        List<List<String>> after = Stream.of(Table.values()).map(t -> rows(t)).toList();
        assertThat(after).isEqualTo(before);
        assertThat(again).isEqualTo(first);
        assertThat(output.resolve(AnalyzeJob.STAGING)).doesNotExist();
    }

    private static List<String> rows(Table table) {
        return table(table).stream().map(Row::toString).toList();
    }
}
