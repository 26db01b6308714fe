package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.pipeline.AnalyzerConfig;

class AnalyzeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STORM = "Heavy rain flooded the town of Bexley on Monday, officials said.";
    private static final String COUNCIL = "The city council approved a new budget on Tuesday.";

    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSharedAnalyzerAndSchema() throws IOException {
        // Loaded once per JVM and shared by every test (and by the command itself).
        Analyzers.get(AnalyzerConfig.defaults());
        try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private record Result(int exitCode, String out, String err) {

        List<JsonNode> documents() throws IOException {
            List<JsonNode> docs = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    docs.add(MAPPER.readTree(line));
                }
            }
            return docs;
        }

        List<String> ids() throws IOException {
            return documents().stream().map(d -> d.get("id").textValue()).toList();
        }
    }

    private static Result analyze(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "analyze";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), full);
        return new Result(code, out.toString(), err.toString());
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

    // --- good inputs ---

    @Test
    void aUrlOnLoopbackIsRefusedNamingTheOptionThatAllowsIt() {
        Result result = analyze("http://127.0.0.1:9/a.html");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactly(
                "http://127.0.0.1:9/a.html: refused: 127.0.0.1 is a loopback address (--allow-private-fetch allows it)",
                "newsgraph: 1 of 1 input failed");
    }

    @Test
    void textFileGivesOneValidJsonLineByDefault() throws IOException {
        String storm = file("storm.txt", STORM);

        Result result = analyze("--published", "2024-03-05", storm);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).endsWith("\n").hasLineCount(1);
        JsonNode doc = result.documents().get(0);
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(doc.get("id").textValue()).isEqualTo("storm");
        assertThat(doc.get("text").textValue()).isEqualTo(STORM);
        assertThat(doc.get("published").textValue()).isEqualTo("2024-03-05");
        assertThat(doc.get("language").textValue()).isEqualTo("en");
    }

    @Test
    void jsonFileKeepsItsMetadata() throws IOException {
        String json = file("wire.json", "{\"id\": \"wire-9\", \"text\": \"" + COUNCIL + "\", \"title\": \"Budget passes\","
                + " \"published\": \"2024-02-01\", \"url\": \"https://example.org/9\", \"source\": \"Example Wire\"}");

        Result result = analyze(json);

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode doc = result.documents().get(0);
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(List.of(doc.get("id").textValue(), doc.get("title").textValue(), doc.get("published").textValue(),
                doc.get("url").textValue(), doc.get("source").textValue()))
                .containsExactly("wire-9", "Budget passes", "2024-02-01", "https://example.org/9", "Example Wire");
    }

    @Test
    void jsonLinesFileGivesOneDocumentPerLine() throws IOException {
        String jsonl = file("batch.jsonl", "{\"text\": \"" + STORM + "\"}\n{\"id\": \"c\", \"text\": \"" + COUNCIL + "\"}\n");

        Result result = analyze(jsonl);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.ids()).containsExactly("batch-1", "c");
    }

    @Test
    void directoryIsAnalysedInPathOrderAndEveryLineIsValid() throws IOException {
        file("in/b.txt", COUNCIL);
        file("in/a.txt", STORM);
        file("in/sub/c.json", "{\"text\": \"" + COUNCIL + "\"}");
        file("in/readme.md", "not an article");

        Result result = analyze(dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.ids()).containsExactly("a", "b", "c");
        for (JsonNode doc : result.documents()) {
            assertThat(schema.validate(doc)).isEmpty();
            assertThat(everySpanMatches(doc)).isTrue();
        }
    }

    @Test
    void exampleArticleGivesAValidDocument() throws IOException {
        Path example = Path.of("..", "examples", "kim-jong-un-arrives-in-russia.txt");
        assumeTrue(Files.isRegularFile(example), "no example article at " + example.toAbsolutePath());

        Result result = analyze("--published", "2023-09-12", example.toString());

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode doc = result.documents().get(0);
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(everySpanMatches(doc)).isTrue();
        assertThat(doc.get("text").textValue()).isEqualTo(Files.readString(example));
    }

    @Test
    void maxCharsLimitsTheArticleLength() throws IOException {
        String storm = file("storm.txt", STORM);

        Result result = analyze("--max-chars", "40", storm);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(storm + ": the text has 64 characters, over the limit of 40 "
                + "(raise it with --max-chars)\n");
    }

    @Test
    void twoThreadsKeepTheInputOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Alternating long and short texts, so that later documents often finish first.
            String text = i % 2 == 0 ? (STORM + " ").repeat(8) : COUNCIL;
            file("many/doc" + i + ".txt", text);
            expected.add("doc" + i);
        }

        Result result = analyze("--threads", "2", dir.resolve("many").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.ids()).isEqualTo(expected);
    }

    @Test
    void outputFileReceivesTheDocuments() throws IOException {
        String storm = file("storm.txt", STORM);
        Path output = dir.resolve("out.jsonl");

        Result result = analyze("--output", output.toString(), storm);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readAllLines(output)).hasSize(1);
        assertThat(MAPPER.readTree(Files.readString(output)).get("id").textValue()).isEqualTo("storm");
    }

    @Test
    void textFormatPrintsTheSummary() throws IOException {
        String storm = file("storm.txt", STORM);

        Result result = analyze("--format", "text", "--published", "2024-03-05", storm);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).startsWith("storm\n  title      (unknown)\n  published  2024-03-05\n  language   en\n\nENTITIES")
                .contains("\nATTRIBUTIONS").contains("\nEVENTS").contains("\nQUANTITIES").contains("\nDATES");
    }

    @Test
    void jsonFormatIsOnePrettyObject() throws IOException {
        String storm = file("storm.txt", STORM);

        Result result = analyze("--format", "json", storm);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).startsWith("{\n  \"schema\": \"newsgraph/document@1\",\n  \"id\": \"storm\",");
        assertThat(schema.validate(MAPPER.readTree(result.out()))).isEmpty();
    }

    // --- bad inputs: reported as name: reason, the rest still analysed ---

    @Test
    void badInputsAreReportedAndTheGoodOnesStillWritten() throws IOException {
        String good = file("good.txt", STORM);
        String empty = file("empty.txt", "");
        String binary = file("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2});
        String latin1 = file("latin1.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        String missing = dir.resolve("missing.txt").toString();
        String lines = file("lines.jsonl", "{\"text\": \"" + COUNCIL + "\"}\n{\"title\": \"x\"}\n{oops\n");

        Result result = analyze(good, empty, binary, latin1, missing, lines);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.ids()).containsExactly("good", "lines-1");
        assertThat(result.err()).isEqualTo(empty + ": empty\n"
                + binary + ": binary file, not text\n"
                + latin1 + ": not valid UTF-8 (byte offset 3)\n"
                + missing + ": no such file or directory\n"
                + lines + ": line 2: no \"text\" in the JSON object\n"
                + lines + ": line 3: malformed JSON: Unexpected character ('o' (code 111)): was expecting double-quote "
                + "to start field name (column 2)\n"
                + "newsgraph: 6 of 8 inputs failed\n");
    }

    @Test
    void nonEnglishArticleIsRejected() throws IOException {
        String german = file("berlin.txt", "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die "
                + "Landwirtschaft angekündigt. Nach Angaben des Ministeriums sollen die Gelder noch in diesem Jahr "
                + "ausgezahlt werden. Kritiker bemängelten, dass die Mittel bei weitem nicht ausreichten.");

        Result result = analyze(german);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(german + ": the text is in German (de); newsgraph analyses English only\n"
                + "newsgraph: 1 of 1 input failed\n");
    }

    @Test
    void fileOverTenMegabytesIsRefusedQuicklyWithoutBeingRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(10_500_000);
        }

        long start = System.nanoTime();
        Result result = analyze(big.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(big + ": file is 10.5 MB, over the 10 MB limit\n");
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void tenMegabyteTextWithinTheFileLimitIsRefusedByLengthNotAnalysed() throws IOException {
        String text = file("long.txt", "The council met again today. ".repeat(344_828).substring(0, 10_000_000));

        long start = System.nanoTime();
        Result result = analyze(text);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(text + ": the text has 10,000,000 characters, over the limit of 1,000,000 "
                + "(raise it with --max-chars)\n");
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void failuresShowNoStackTraceWithoutVerbose() throws IOException {
        String empty = file("empty.txt", "");

        Result result = analyze(empty);

        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void verboseReportsEachDocumentWhereverTheOptionIsGiven() throws IOException {
        String storm = file("storm.txt", STORM);

        Result after = analyze("--verbose", storm);
        StringWriter err = new StringWriter();
        int before = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "--verbose", "analyze", storm);

        assertThat(after.exitCode()).isEqualTo(0);
        assertThat(after.err()).matches("\\Q" + storm + "\\E: analysed in \\d+\\.\\d s\n");
        assertThat(before).isEqualTo(0);
        assertThat(err.toString()).matches("\\Q" + storm + "\\E: analysed in \\d+\\.\\d s\n");
    }

    @Test
    void aWriteErrorOnStandardOutputIsAnErrorWithAMessage() throws IOException {
        String storm = file("storm.txt", STORM);
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(full, true);

        int code = Main.outputChecked(Main.execute(out, new PrintWriter(err, true), new String[] {"analyze", storm}),
                out, new PrintWriter(err, true));

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith(
                "newsgraph: standard output is not writable (disk full or pipe closed?)\n");
    }

    @Test
    void anArticleOverItsTimeBudgetIsOneFailureAndTheNextIsWritten() throws IOException {
        String slow = file("a/slow.txt", "The minister said the plan would work. ".repeat(20_000));
        String storm = file("a/storm.txt", STORM);

        Result result = analyze("--max-seconds", "1", slow, storm);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.ids()).containsExactly("storm");
        // Stopped at the budget, or refused earlier once its pace shows it cannot finish in time: which
        // one depends on the machine's speed, the outcome (one failure, the next article written) does not.
        assertThat(result.err()).containsPattern(
                "slow\\.txt: the analysis (took|would take) over its time budget of 1 s \\(.*raise it with --max-seconds\\)");
    }

    // --- usage errors ---

    @Test
    void noInputIsAUsageError() {
        Result result = analyze();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("newsgraph: Missing required parameter: 'INPUT'\n");
    }

    @Test
    void maxSecondsOutOfRangeIsAUsageError() throws IOException {
        Result result = analyze("--max-seconds", "0", file("a.txt", STORM));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("newsgraph: --max-seconds must be between 1 and 86400: 0\n");
    }

    @Test
    void badPublishedDateIsAUsageError() throws IOException {
        Result result = analyze("--published", "12/09/2023", file("a.txt", STORM));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("newsgraph: --published: not an ISO-8601 date or date-time: \"12/09/2023\" "
                + "(expected e.g. 2023-09-12 or 2023-09-12T08:30:00Z)\n");
    }

    @Test
    void badThreadCountsAreUsageErrors() throws IOException {
        String a = file("a.txt", STORM);

        assertThat(analyze("--threads", "0", a).err()).isEqualTo("newsgraph: --threads must be between 1 and 64: 0\n");
        assertThat(analyze("--threads", "0", a).exitCode()).isEqualTo(2);
        assertThat(analyze("--threads", "two", a).exitCode()).isEqualTo(2);
        assertThat(analyze("--max-chars", "0", a).exitCode()).isEqualTo(2);
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Result result = analyze("--format", "xml", file("a.txt", STORM));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("newsgraph: Invalid value for option '--format': "
                + "expected one of jsonl, json, text, events-csv but was 'xml'\n");
    }

    @Test
    void eventsCsvWritesAHeaderAndOneRowPerEvent() throws IOException {
        // Events come from the EventExtractor stage, the last stage of Analyzer.
        String arrest = "Police arrested 30 protesters in Istanbul on Sunday.";

        Result result = analyze("--format", "events-csv", "--published", "2023-09-12", file("a.txt", arrest),
                file("b.txt", COUNCIL.replace("approved a new budget", "met")));

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("document_id,date,source_name,source_country,target_name,target_country,"
                + "type,mode,cameo,location,status,attribution_source,trigger,trigger_start,trigger_end\r\n"
                + "a,2023-09-10,Police,,30 protesters,,COERCE,arrest,173,Istanbul,occurred,,arrested,7,15\r\n"
                + "b,2023-09-12,The city council,,,,CONSULT,meeting,040,,occurred,,met,17,20\r\n");
    }

    @Test
    void unwritableOutputIsAUsageError() throws IOException {
        Path output = dir.resolve("no-such-dir").resolve("out.jsonl");

        Result result = analyze("--output", output.toString(), file("a.txt", STORM));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("newsgraph: cannot write --output " + output + ": no such directory\n");
    }

    private static boolean everySpanMatches(JsonNode doc) {
        String text = doc.get("text").textValue();
        List<JsonNode> spans = new ArrayList<>();
        collectSpans(doc, spans);
        return spans.stream().allMatch(s -> text.substring(s.get("start").intValue(), s.get("end").intValue())
                .equals(s.get("text").textValue()));
    }

    private static void collectSpans(JsonNode node, List<JsonNode> spans) {
        if (node.isObject() && node.path("start").isInt() && node.path("end").isInt() && node.path("text").isTextual()) {
            spans.add(node);
        }
        node.forEach(child -> collectSpans(child, spans));
    }
}
