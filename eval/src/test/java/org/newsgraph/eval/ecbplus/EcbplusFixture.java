package org.newsgraph.eval.ecbplus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The test fixture src/test/resources/event-fixture: a release written for these tests in ECB+'s
 * format, with topic 7 holding three documents, and a selection of sentence 1 of 7_1ecbplus and
 * sentence 0 of 7_2ecb (7_3ecb has no selected sentence).
 *
 * <pre>
 * 7_1ecbplus:  http: / example.org                                 (sentence 0, the URL)
 *              Police arrested a "suspect" after the robbery.      (sentence 1: arrested, robbery)
 *              He didn't take off ($5).                            (sentence 2: take off, negated)
 * 7_2ecb:      Troops made off.                                    (sentence 0: made off)
 * </pre>
 */
final class EcbplusFixture {

    static final String TEXT_1 = "http: / example.org\nPolice arrested a \"suspect\" after the robbery.\n"
            + "He didn't take off ($5).";

    private EcbplusFixture() {
    }

    private static Path materialized;

    /**
     * The fixture laid out as an ECB+ release in a temporary folder. The files are kept under neutral
     * names in src/test/resources/event-fixture, so that nothing in the repository looks like a copy
     * of the corpus.
     */
    static synchronized Path directory() {
        if (materialized == null) {
            try {
                Path source = Path.of(EcbplusFixture.class.getResource("/event-fixture").toURI());
                materialized = layOut(source, java.nio.file.Files.createTempDirectory("ecb-fixture"));
            } catch (URISyntaxException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return materialized;
    }

    /** Copies the neutral fixture files into {@code target} with ECB+'s folder and file names. */
    static Path layOut(Path source, Path target) throws java.io.IOException {
        Path topic = java.nio.file.Files.createDirectories(target.resolve("ECB+").resolve("7"));
        java.nio.file.Files.copy(source.resolve("topic7-doc1-plus.xml"), topic.resolve("7_1ecbplus.xml"));
        java.nio.file.Files.copy(source.resolve("topic7-doc2.xml"), topic.resolve("7_2ecb.xml"));
        java.nio.file.Files.copy(source.resolve("topic7-doc3.xml"), topic.resolve("7_3ecb.xml"));
        java.nio.file.Files.copy(source.resolve("selected-sentences.csv"),
                target.resolve("ECBplus_coreference_sentences.csv"));
        target.toFile().deleteOnExit();
        return target;
    }

    static EcbDocument first() {
        return EcbplusReader.read(directory().resolve("ECB+").resolve("7").resolve("7_1ecbplus.xml"));
    }
}
