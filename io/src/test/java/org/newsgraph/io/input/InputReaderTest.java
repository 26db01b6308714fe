package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class InputReaderTest {

    @TempDir
    Path dir;

    private List<InputItem> read(ReadOptions options, String... inputs) {
        try (Stream<InputItem> items = new InputReader(options, () -> new ByteArrayInputStream(new byte[0]))
                .read(List.of(inputs))) {
            return items.toList();
        }
    }

    private List<InputItem> read(String... inputs) {
        return read(ReadOptions.defaults(), inputs);
    }

    private List<InputItem> readStdin(String content) {
        return readStdin(content.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    }

    private List<InputItem> readStdin(byte[] content, ReadOptions options) {
        try (Stream<InputItem> items = new InputReader(options, () -> new ByteArrayInputStream(content))
                .read(List.of("-"))) {
            return items.toList();
        }
    }

    private String file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String file(String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, content);
        return path.toString();
    }

    private static InputItem failed(String name, String reason) {
        return new InputItem.Failed(name, reason);
    }

    private static InputItem loaded(String name, Article article) {
        return new InputItem.Loaded(name, article);
    }

    // --- text files ---

    @Test
    void textFileIsAnArticleNamedAfterTheFile() throws IOException {
        String path = file("storm-2024.txt", "Storm hits coast.\r\nThousands flee.\n");

        assertThat(read(path)).containsExactly(loaded(path, Article.of("storm-2024", "Storm hits coast.\r\nThousands flee.\n")));
    }

    @Test
    void utf8ByteOrderMarkIsRemovedAndNothingElseChanges() throws IOException {
        String path = file("bom.txt", "\uFEFFCaf\u00e9 opens.\r\n  Indented.\t");

        assertThat(read(path)).containsExactly(loaded(path, Article.of("bom", "Caf\u00e9 opens.\r\n  Indented.\t")));
    }

    @Test
    void missingPath() {
        String path = dir.resolve("nope.txt").toString();

        assertThat(read(path)).containsExactly(failed(path, "no such file or directory"));
    }

    @Test
    void emptyFile() throws IOException {
        String path = file("empty.txt", "");

        assertThat(read(path)).containsExactly(failed(path, "empty"));
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        String path = file("blank.txt", " \n\t\r\n");

        assertThat(read(path)).containsExactly(failed(path, "empty (only whitespace)"));
    }

    @Test
    void fileWithNulBytesIsBinary() throws IOException {
        String path = file("image.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});

        assertThat(read(path)).containsExactly(failed(path, "binary file, not text"));
    }

    @Test
    void fileOfMostlyControlCharactersIsBinary() throws IOException {
        String path = file("ctl.txt", new byte[] {'a', 1, 2, 3, 4, 5, 6, 'b', 7, 8});

        assertThat(read(path)).containsExactly(failed(path, "binary file, not text"));
    }

    @Test
    void utf16FileIsNamedAsSuch() throws IOException {
        String path = file("wide.txt", "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE));

        assertThat(read(path)).containsExactly(failed(path, "UTF-16 text, not UTF-8 (convert it to UTF-8)"));
    }

    @Test
    void invalidUtf8NamesTheFirstBadByte() throws IOException {
        byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
        String path = file("latin1.txt", latin1);

        assertThat(read(path)).containsExactly(failed(path, "not valid UTF-8 (byte offset 3)"));
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsInvalid() throws IOException {
        String path = file("cut.txt", new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x80});

        assertThat(read(path)).containsExactly(failed(path, "not valid UTF-8 (byte offset 2)"));
    }

    @Test
    void fileOverTheDefaultLimitIsRefusedFromItsSize() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(12_300_000);
        }

        assertThat(read(big.toString())).containsExactly(failed(big.toString(), "file is 12.3 MB, over the 10 MB limit"));
    }

    @Test
    void limitIsConfigurable() throws IOException {
        String path = file("small.txt", "x".repeat(1_500));

        assertThat(read(ReadOptions.defaults().withMaxBytes(1_000), path))
                .containsExactly(failed(path, "file is 1.5 kB, over the 1 kB limit"));
    }

    @Test
    void explicitFileWithAnotherExtensionIsText() throws IOException {
        String path = file("notes.md", "Council meets.");

        assertThat(read(path)).containsExactly(loaded(path, Article.of("notes", "Council meets.")));
    }

    @Test
    void defaultPublishedAppliesToTextFiles() throws IOException {
        String path = file("a.txt", "Council meets.");

        assertThat(read(ReadOptions.defaults().withDefaultPublished("2024-01-31"), path))
                .containsExactly(loaded(path, Article.of("a", "Council meets.").withPublished("2024-01-31")));
    }

    @Test
    void aDateInATextFileNameIsItsPublicationDateUnlessADefaultIsGiven() throws IOException {
        String dated = file("wire_2016-02-20_vote-count.txt", "Council meets.");
        String notADate = file("report-2016-13-45.txt", "Council meets.");

        assertThat(read(dated, notADate)).containsExactly(
                loaded(dated, Article.of("wire_2016-02-20_vote-count", "Council meets.").withPublished("2016-02-20")),
                loaded(notADate, Article.of("report-2016-13-45", "Council meets.")));
        assertThat(read(ReadOptions.defaults().withDefaultPublished("2024-01-31"), dated)).containsExactly(
                loaded(dated, Article.of("wire_2016-02-20_vote-count", "Council meets.").withPublished("2024-01-31")));
    }

    // --- JSON files ---

    @Test
    void jsonFileWithEveryField() throws IOException {
        String path = file("x.json", """
                {"id": "wire-7", "text": "Council meets.", "title": "Council", "published": "2024-02-01T10:00:00Z",
                 "url": "https://example.org/7", "source": "Example Wire", "tags": ["ignored"]}""");

        assertThat(read(ReadOptions.defaults().withDefaultPublished("2020-01-01"), path)).containsExactly(loaded(path,
                new Article("wire-7", "Council meets.", "Council", "2024-02-01T10:00:00Z", "https://example.org/7",
                        "Example Wire")));
    }

    @Test
    void jsonFileWithoutIdIsNamedAfterTheFileAndGetsTheDefaultDate() throws IOException {
        String path = file("council.json", "\uFEFF{\"text\": \"Council meets.\"}\n");

        assertThat(read(ReadOptions.defaults().withDefaultPublished("2024-01-31"), path))
                .containsExactly(loaded(path, Article.of("council", "Council meets.").withPublished("2024-01-31")));
    }

    @Test
    void numericIdIsAccepted() throws IOException {
        String path = file("n.json", "{\"id\": 42, \"text\": \"Council meets.\"}");

        assertThat(read(path)).containsExactly(loaded(path, Article.of("42", "Council meets.")));
    }

    @Test
    void jsonWithoutText() throws IOException {
        String path = file("notext.json", "{\"title\": \"Council\"}");

        assertThat(read(path)).containsExactly(failed(path, "no \"text\" in the JSON object"));
    }

    @Test
    void jsonWithNonStringText() throws IOException {
        String path = file("numtext.json", "{\"text\": 12}");

        assertThat(read(path)).containsExactly(failed(path, "\"text\" is a number, not a string"));
    }

    @Test
    void jsonWithEmptyText() throws IOException {
        String path = file("emptytext.json", "{\"text\": \"  \"}");

        assertThat(read(path)).containsExactly(failed(path, "\"text\" is empty"));
    }

    @Test
    void jsonWithNonStringTitle() throws IOException {
        String path = file("title.json", "{\"text\": \"Council meets.\", \"title\": [\"a\"]}");

        assertThat(read(path)).containsExactly(failed(path, "\"title\" is an array, not a string"));
    }

    @Test
    void jsonArrayIsNotAnArticle() throws IOException {
        String path = file("list.json", "[{\"text\": \"Council meets.\"}]");

        assertThat(read(path)).containsExactly(
                failed(path, "expected a JSON object, found an array (put one article per line in a .jsonl file)"));
    }

    @Test
    void malformedJsonFile() throws IOException {
        String path = file("bad.json", "{\"text\": \"Council meets.\",\n \"title\" \"x\"}");

        assertThat(read(path)).containsExactly(failed(path,
                "malformed JSON: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name "
                        + "and value (line 2, column 10)"));
    }

    @Test
    void badPublishedDateInJson() throws IOException {
        String path = file("date.json", "{\"text\": \"Council meets.\", \"published\": \"12/09/2023\"}");

        assertThat(read(path)).containsExactly(failed(path, "\"published\": not an ISO-8601 date or date-time: "
                + "\"12/09/2023\" (expected e.g. 2023-09-12 or 2023-09-12T08:30:00Z)"));
    }

    // --- JSON Lines ---

    @Test
    void jsonLinesGiveOneArticlePerLineAndGoOnAfterBadLines() throws IOException {
        String path = file("batch.jsonl", """
                {"id": "a", "text": "First."}
                {"text": "Second."}

                {"text": "Fourth." oops}
                {"title": "no text"}
                {"text": "Sixth.", "published": "2024-05-06"}
                """);

        assertThat(read(ReadOptions.defaults().withDefaultPublished("2024-01-01"), path)).containsExactly(
                loaded(path + ": line 1", Article.of("a", "First.").withPublished("2024-01-01")),
                loaded(path + ": line 2", Article.of("batch-2", "Second.").withPublished("2024-01-01")),
                failed(path, "line 4: malformed JSON: Unexpected character ('o' (code 111)): was expecting comma "
                        + "to separate Object entries (column 20)"),
                failed(path, "line 5: no \"text\" in the JSON object"),
                loaded(path + ": line 6", Article.of("batch-6", "Sixth.").withPublished("2024-05-06")));
    }

    @Test
    void jsonLinesWithCrLfEndsAndBom() throws IOException {
        String path = file("crlf.jsonl", "\uFEFF{\"text\": \"One.\\r\\nTwo.\"}\r\n{\"text\": \"Three.\"}\r\n");

        assertThat(read(path)).containsExactly(
                loaded(path + ": line 1", Article.of("crlf-1", "One.\r\nTwo.")),
                loaded(path + ": line 2", Article.of("crlf-2", "Three.")));
    }

    @Test
    void jsonLineOverTheLimitIsSkipped() throws IOException {
        String path = file("long.jsonl", "{\"text\": \"" + "x".repeat(2_000) + "\"}\n{\"text\": \"Short.\"}\n");

        assertThat(read(ReadOptions.defaults().withMaxBytes(1_000), path)).containsExactly(
                failed(path, "line 1: 2 kB, over the 1 kB limit"),
                loaded(path + ": line 2", Article.of("long-2", "Short.")));
    }

    @Test
    void invalidUtf8InAJsonLineGivesTheFileOffset() throws IOException {
        byte[] first = "{\"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "{\"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        String path = file("mixed.jsonl", both);

        assertThat(read(path)).containsExactly(
                loaded(path + ": line 1", Article.of("mixed-1", "Fine.")),
                failed(path, "line 2: not valid UTF-8 (byte offset " + (first.length + 13) + ")"));
    }

    @Test
    void emptyJsonLinesFile() throws IOException {
        String path = file("none.jsonl", "\n\n");

        assertThat(read(path)).containsExactly(failed(path, "empty"));
    }

    @Test
    void aNulOnlyLineIsOneFailedLineAndTheGoodLinesAreRead() throws IOException {
        String path = file("nul.jsonl", "{\"text\": \"One.\"}\n\u0000\u0000\u0000\n{\"text\": \"Three.\"}\n");

        List<InputItem> items = read(path);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(loaded(path + ": line 1", Article.of("nul-1", "One.")));
        assertThat(items.get(1)).isInstanceOfSatisfying(InputItem.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("line 2: "));
        assertThat(items.get(2)).isEqualTo(loaded(path + ": line 3", Article.of("nul-3", "Three.")));
    }

    @Test
    void binaryJsonLinesFileIsOneFailure() throws IOException {
        byte[] bytes = new byte[5000];
        bytes[0] = (byte) 0x89;
        bytes[100] = '\n';
        String path = file("blob.jsonl", bytes);

        assertThat(read(path)).containsExactly(failed(path, "binary file, not text"));
    }

    @Test
    void jsonLinesAreReadAsTheStreamAdvances() throws IOException {
        String path = file("growing.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        try (Stream<InputItem> items = new InputReader(ReadOptions.defaults()).read(List.of(path))) {
            Iterator<InputItem> it = items.iterator();
            assertThat(it.next()).isEqualTo(loaded(path + ": line 1", Article.of("growing-1", "One.")));
            Files.writeString(Path.of(path), "{\"text\": \"Three.\"}\n", StandardOpenOption.APPEND);
            assertThat(it.next()).isEqualTo(loaded(path + ": line 2", Article.of("growing-2", "Two.")));
            assertThat(it.next()).isEqualTo(loaded(path + ": line 3", Article.of("growing-3", "Three.")));
            assertThat(it.hasNext()).isFalse();
        }
    }

    // --- directories and several inputs ---

    @Test
    void directoryIsWalkedRecursivelyInPathOrderKeepingOnlyArticleFiles() throws IOException {
        String b = file("in/b.txt", "Bee.");
        String a2 = file("in/a/2.json", "{\"text\": \"Two.\"}");
        String a1 = file("in/a/1.txt", "One.");
        file("in/a/readme.md", "not an article");
        String c = file("in/c.jsonl", "{\"text\": \"Sea.\"}\n");
        file("in/image.png", new byte[] {1, 2, 3});

        assertThat(read(dir.resolve("in").toString())).containsExactly(
                loaded(a1, Article.of("1", "One.")),
                loaded(a2, Article.of("2", "Two.")),
                loaded(b, Article.of("b", "Bee.")),
                loaded(c + ": line 1", Article.of("c-1", "Sea.")));
    }

    @Test
    void aTextFileOpeningWithAHeadlineHasItAsTitle() throws IOException {
        String path = file("kim.txt", "Kim arrives in Russia\n\nThe train crossed the border.");

        assertThat(read(path)).containsExactly(loaded(path,
                new Article("kim", "Kim arrives in Russia\n\nThe train crossed the border.", "Kim arrives in Russia",
                        null, null, null)));
    }

    @Test
    void directoryWalkTakesHtmlPagesAndWebArchives() throws IOException {
        file("pages/a.html", "<html><body></body></html>");
        file("archives/b.warc", "");
        String pages = dir.resolve("pages").toString();

        assertThat(read(pages)).extracting(InputItem::name).containsExactly(dir.resolve("pages/a.html").toString());
        // An empty archive holds no page, and is no longer "no article files".
        assertThat(read(dir.resolve("archives").toString())).isEmpty();
    }

    @Test
    void directoryWithoutArticleFiles() throws IOException {
        file("docs/readme.md", "nothing");
        String docs = dir.resolve("docs").toString();

        assertThat(read(docs)).containsExactly(failed(docs, "no .txt, .json, .jsonl, .html, .htm, .warc or .warc.gz files in this directory"));
    }

    @Test
    void directoryIsListedOnlyWhenTheWalkReachesIt() throws IOException {
        String first = file("tree/a/1.txt", "One.");
        Files.createDirectories(dir.resolve("tree/b"));

        try (Stream<InputItem> items = new InputReader(ReadOptions.defaults()).read(List.of(dir.resolve("tree").toString()))) {
            Iterator<InputItem> it = items.iterator();
            assertThat(it.next()).isEqualTo(loaded(first, Article.of("1", "One.")));
            String late = file("tree/b/2.txt", "Two.");
            assertThat(it.next()).isEqualTo(loaded(late, Article.of("2", "Two.")));
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void badInputsDoNotStopTheOthers() throws IOException {
        String good = file("good.txt", "Council meets.");
        String empty = file("empty.txt", "");
        String missing = dir.resolve("missing.txt").toString();

        assertThat(read(empty, missing, good)).containsExactly(
                failed(empty, "empty"),
                failed(missing, "no such file or directory"),
                loaded(good, Article.of("good", "Council meets.")));
    }

    // --- standard input ---

    @Test
    void stdinTextIsOneArticleCalledStdin() {
        assertThat(readStdin("Council meets.\n")).containsExactly(loaded("stdin", Article.of("stdin", "Council meets.\n")));
    }

    @Test
    void stdinSingleLineJsonIsOneArticle() {
        assertThat(readStdin("{\"text\": \"Council meets.\"}\n"))
                .containsExactly(loaded("stdin: line 1", Article.of("stdin", "Council meets.")));
    }

    @Test
    void stdinPrettyJsonIsOneArticleWithItsId() {
        assertThat(readStdin("{\n  \"id\": \"w1\",\n  \"text\": \"Council meets.\"\n}\n"))
                .containsExactly(loaded("stdin", Article.of("w1", "Council meets.")));
    }

    @Test
    void stdinJsonLinesNumberTheirIds() {
        assertThat(readStdin("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")).containsExactly(
                loaded("stdin: line 1", Article.of("stdin-1", "One.")),
                loaded("stdin: line 2", Article.of("stdin-2", "Two.")));
    }

    @Test
    void stdinMalformedJson() {
        assertThat(readStdin("{\n\"text\": \n}")).containsExactly(failed("stdin",
                "malformed JSON: Unexpected character ('}' (code 125)): expected a valid value (JSON String, Number, "
                        + "Array, Object or token 'null', 'true' or 'false') (line 3, column 1)"));
    }

    @Test
    void stdinEmpty() {
        assertThat(readStdin("")).containsExactly(failed("stdin", "empty"));
    }

    @Test
    void stdinOverTheLimit() {
        assertThat(readStdin(new byte[2_001], ReadOptions.defaults().withMaxBytes(2_000))).containsExactly(
                failed("stdin", "input is over the 2 kB limit (put large batches in a .jsonl file)"));
    }
}
