package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalEcbplusCommandTest {

    /** The ECB+-format fixture of the eval module: topic 7, two documents with listed sentences, 3 gold actions. */
    private static final Path FIXTURE = layOut("event-fixture", "7", Map.of("topic7-doc1-plus.xml", "7_1ecbplus.xml",
            "topic7-doc2.xml", "7_2ecb.xml", "topic7-doc3.xml", "7_3ecb.xml"));

    /** The eval module's cross-document fixture: topic 9, three documents with gold chains. */
    private static final Path CROSS_DOC = layOut("crossdoc-fixture", "9", Map.of("topic9-doc1.xml", "9_1ecb.xml",
            "topic9-doc2.xml", "9_2ecb.xml", "topic9-doc3-plus.xml", "9_1ecbplus.xml"));

    /**
     * One of the eval module's neutral fixture folders laid out as an ECB+ release in a temporary folder:
     * {@code files} maps fixture names to the ECB+ names of one topic's documents.
     */
    private static Path layOut(String fixture, String topicNumber, Map<String, String> files) {
        Path source = Path.of("..", "eval", "src", "test", "resources", fixture);
        try {
            Path target = Files.createTempDirectory("ecb-" + fixture);
            Path topic = Files.createDirectories(target.resolve("ECB+").resolve(topicNumber));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.copy(source.resolve(file.getKey()), topic.resolve(file.getValue()));
            }
            Files.copy(source.resolve("selected-sentences.csv"), target.resolve("ECBplus_coreference_sentences.csv"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void scoresStoriesAgainstGoldChainsNextToTheLemmaBaseline() {
        CliRun r = CliRun.of("eval", "ecbplus", CROSS_DOC.toString(), "--topics", "9", "--cross-doc");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
        // The stories keep the protesters' arrest apart from the robbery suspect's, as the gold chains do;
        // the lemma baseline merges the three arrests (hand-computed in CrossDocScorerTest).
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
                "ECB+ cross-document event coreference, topics 9: 3 documents (predicted mentions: triggers; "
                        + "listed sentences)",
                "",
                "topic  system       MUC     B3 CEAF-e  CoNLL   gold   pred",
                "9      stories   100.00  94.12  90.91  95.01      8      9",
                "9      lemma      85.71  85.11  76.00  82.27      8      9",
                "all    stories   100.00  94.12  90.91  95.01      8      9",
                "all    lemma      85.71  85.11  76.00  82.27      8      9",
                ""));
    }

    @Test
    void storiesReadFromTheExportScoreAsTheStoredOnes() {
        CliRun r = CliRun.of("eval", "ecbplus", CROSS_DOC.toString(), "--topics", "9", "--cross-doc", "--via-export");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_OK);
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
                "ECB+ cross-document event coreference, topics 9: 3 documents (predicted mentions: triggers; "
                        + "listed sentences; stories read from the export)",
                "",
                "topic  system       MUC     B3 CEAF-e  CoNLL   gold   pred",
                "9      stories   100.00  94.12  90.91  95.01      8      9",
                "9      lemma      85.71  85.11  76.00  82.27      8      9",
                "all    stories   100.00  94.12  90.91  95.01      8      9",
                "all    lemma      85.71  85.11  76.00  82.27      8      9",
                ""));
    }

    @Test
    void viaExportWithoutCrossDocIsAUsageError() {
        CliRun r = CliRun.of("eval", "ecbplus", CROSS_DOC.toString(), "--via-export");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--via-export reads the stories of --cross-doc; give --cross-doc too");
    }

    @Test
    void scoresOnlyTypedEventsOnRequestAsJson() {
        CliRun r = CliRun.of("eval", "ecbplus", CROSS_DOC.toString(), "--topics", "9", "--cross-doc", "--mentions",
                "events", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
        // Only the PLOVER-typed events are mentions: the three arrests and the first rally.
        String stories = "{\"muc\":{\"p\":1.0,\"r\":0.3333,\"f1\":0.5},\"b3\":{\"p\":1.0,\"r\":0.4375,"
                + "\"f1\":0.6087},\"ceaf_e\":{\"p\":0.8889,\"r\":0.5333,\"f1\":0.6667},\"conll_f1\":0.5918,"
                + "\"mentions\":{\"p\":1.0,\"r\":0.5,\"f1\":0.6667}}";
        String lemma = "{\"muc\":{\"p\":0.5,\"r\":0.3333,\"f1\":0.4},\"b3\":{\"p\":0.6667,\"r\":0.4375,"
                + "\"f1\":0.5283},\"ceaf_e\":{\"p\":0.7333,\"r\":0.2933,\"f1\":0.419},\"conll_f1\":0.4491,"
                + "\"mentions\":{\"p\":1.0,\"r\":0.5,\"f1\":0.6667}}";
        String both = "{\"stories\":" + stories + ",\"lemma\":" + lemma + "}";
        assertThat(r.out()).isEqualTo("{\"topics\":\"9\",\"mentions\":\"events\",\"stories_from\":\"store\","
                + "\"documents\":3,\"all\":" + both + ",\"by_topic\":{\"9\":" + both + "}}" + System.lineSeparator());
    }

    @Test
    void scoresTriggersOfTheListedSentencesByTopic() {
        CliRun r = CliRun.of("eval", "ecbplus", FIXTURE.toString(), "--topics", "7");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
                "ECB+ event triggers, topics 7: 2 documents",
                "",
                "topic         P      R     F1    gold    pred",
                "7         1.000  1.000  1.000       3       3",
                "all       1.000  1.000  1.000       3       3",
                ""));
    }

    @Test
    void printsJsonOnRequest() {
        CliRun r = CliRun.of("eval", "ecbplus", FIXTURE.toString(), "--format", "json", "--limit", "1");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(r.out()).isEqualTo("{\"topics\":\"1-35\",\"all\":{\"p\":1.0,\"r\":1.0,\"f1\":1.0,\"gold\":2,"
                + "\"predicted\":2},\"by_topic\":{\"7\":{\"p\":1.0,\"r\":1.0,\"f1\":1.0,\"gold\":2,"
                + "\"predicted\":2}}}" + System.lineSeparator());
    }

    @Test
    void aBadTopicRangeIsAUsageError() {
        CliRun r = CliRun.of("eval", "ecbplus", FIXTURE.toString(), "--topics", "dev");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--topics: expected a topic or a range such as 23-25: 'dev'");
    }

    @Test
    void topicsWithoutDocumentsAreAUsageError() {
        CliRun r = CliRun.of("eval", "ecbplus", FIXTURE.toString(), "--topics", "1-3");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("no ECB+ documents with listed sentences in topics 1-3 of ");
    }

    @Test
    void aFolderThatIsNotAReleaseIsAUsageError() {
        CliRun r = CliRun.of("eval", "ecbplus", FIXTURE.resolve("ECB+").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("is not an ECB+ release: it has no ECBplus_coreference_sentences.csv");
    }

    @Test
    void theEvalCommandListsIt() {
        assertThat(CliRun.of("eval").err()).contains("ecbplus");
    }
}
