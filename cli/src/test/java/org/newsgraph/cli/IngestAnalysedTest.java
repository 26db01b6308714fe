package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Article;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.Stores;
import picocli.CommandLine;

/** {@code ingest --analysed}: documents analysed elsewhere (JSON lines or Parquet) stored as ingest would store them, no analysis. */
class IngestAnalysedTest {

    @TempDir
    Path dir;

    private static final List<Article> ARTICLES = List.of(
            Article.of("a", "Maria Lopez met Tom Berg in Oslo."),
            Article.of("b", "Berg said the talks went well."),
            Article.of("c", "Lopez flew home on Friday."));

    private record Result(int exitCode, String out, String err) {
    }

    private Result ingest(String db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand(article -> {
            throw new AssertionError("analysed " + article.id());
        }, Map.of()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = dir.resolve(db).toString();
        all[2] = "--analysed";
        System.arraycopy(args, 0, all, 3, args.length);
        return new Result(cli.execute(all), out.toString(), err.toString());
    }

    /** The articles analysed by the fake, as Spark's --format jsonl writes them: part files in a directory. */
    private Path documents() throws IOException {
        Path table = Files.createDirectories(dir.resolve("out").resolve("documents"));
        FakeAnalyzer fake = new FakeAnalyzer(0);
        Files.writeString(table.resolve("part-00000-x.txt"),
                DocumentJson.toJson(fake.apply(ARTICLES.get(0))) + "\n" + DocumentJson.toJson(fake.apply(ARTICLES.get(1))) + "\n");
        Files.writeString(table.resolve("part-00001-x.txt"), DocumentJson.toJson(fake.apply(ARTICLES.get(2))) + "\n");
        Files.writeString(table.resolve("_SUCCESS"), "");
        Files.writeString(table.resolve(".part-00000-x.txt.crc"), "checksum");
        return table;
    }

    private StoreCounts counts(String db) {
        try (ArticleStore store = Stores.open(dir.resolve(db).toString())) {
            return store.counts();
        }
    }

    @Test
    void storesTheDocumentsAsIngestOfTheArticlesWould() throws IOException {
        Path table = documents();
        for (Article article : ARTICLES) {
            Files.writeString(Files.createDirectories(dir.resolve("in")).resolve(article.id() + ".txt"), article.text());
        }
        new CommandLine(new IngestCommand(new FakeAnalyzer(0), Map.of()))
                .execute("--db", dir.resolve("analysed-here").toString(), dir.resolve("in").toString());

        Result result = ingest("from-spark", table.toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains(": 3 stored (3 new articles, 0 new versions), 0 unchanged, 0 failed, ");
        assertThat(counts("from-spark")).isEqualTo(counts("analysed-here")).isEqualTo(new StoreCounts(3, 3, 8, 8, 0, 0, 0, 0));
        try (ArticleStore store = Stores.open(dir.resolve("from-spark").toString())) {
            assertThat(store.keys()).extracting(ArticleKey::id).containsExactly("a", "b", "c");
        }
    }

    @Test
    void aSecondRunStoresNothing() throws IOException {
        Path table = documents();
        ingest("db", table.toString());

        Result again = ingest("db", table.toString());

        assertThat(again.out()).contains(": 0 stored (0 new articles, 0 new versions), 3 unchanged, 0 failed, ");
    }

    @Test
    void aLineThatIsNotADocumentFailsAndTheOthersAreStored() throws IOException {
        Path table = documents();
        Path broken = Files.writeString(table.resolve("part-00002-x.txt"), "{\"id\": \"d\"}\n");

        Result result = ingest("db", table.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(": 3 stored (3 new articles, 0 new versions), 0 unchanged, 1 failed, ");
        assertThat(result.err()).startsWith(broken + ": line 1: not a newsgraph document: ");
    }

    /**
     * The articles as spark analyze writes its documents table: Snappy-compressed Parquet part files with
     * the document@1 JSON in the document column (and other columns before it), in a directory with
     * _SUCCESS and checksum files.
     */
    private Path parquetDocuments() throws IOException {
        Path table = Files.createDirectories(dir.resolve("parquet").resolve("documents"));
        FakeAnalyzer fake = new FakeAnalyzer(0);
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("published")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("document")
                .named("spark_schema");
        List<List<Article>> parts = List.of(ARTICLES.subList(0, 2), ARTICLES.subList(2, 3));
        for (int p = 0; p < parts.size(); p++) {
            Path file = table.resolve("part-0000" + p + "-x.snappy.parquet");
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
                for (Article article : parts.get(p)) {
                    Group row = new SimpleGroupFactory(schema).newGroup().append("id", article.id())
                            .append("document", DocumentJson.toJson(fake.apply(article)).toString());
                    writer.write(row);
                }
            }
        }
        Files.writeString(table.resolve("_SUCCESS"), "");
        Files.writeString(table.resolve(".part-00000-x.snappy.parquet.crc"), "checksum");
        return table;
    }

    @Test
    void aParquetDocumentsTableIsStoredAsItsJsonLinesWouldBe() throws IOException {
        ingest("from-jsonl", documents().toString());

        Result result = ingest("from-parquet", parquetDocuments().toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains(": 3 stored (3 new articles, 0 new versions), 0 unchanged, 0 failed, ");
        assertThat(counts("from-parquet")).isEqualTo(counts("from-jsonl")).isEqualTo(new StoreCounts(3, 3, 8, 8, 0, 0, 0, 0));
        try (ArticleStore store = Stores.open(dir.resolve("from-parquet").toString())) {
            assertThat(store.keys()).extracting(ArticleKey::id).containsExactly("a", "b", "c");
        }
    }

    @Test
    void aFileThatIsNoParquetFailsWithItsName() throws IOException {
        Path table = Files.createDirectories(dir.resolve("broken"));
        Files.write(table.resolve("part-00000-x.snappy.parquet"), new byte[] {'P', 'A', 'R', '1'});

        Result result = ingest("db", table.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(table.resolve("part-00000-x.snappy.parquet") + ": cannot read as Parquet: ")
                .doesNotContain("\tat ");
    }
}
