package org.newsgraph.eval.ecbplus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test fixture src/test/resources/crossdoc-fixture: topic 9 in ECB+'s format with gold chains,
 * every sentence listed except the second of 9_1ecb.
 *
 * <pre>
 * 9_1ecb      Police arrested[ARREST] a man after the robbery[ROBBERY].   The bank was closed.
 * 9_2ecb      Officers arrested[ARREST] the suspect hours after the bank robbery[ROBBERY].
 * 9_1ecbplus  (URL)   Troopers arrested[own] two protesters at the rally[R] in Leeds on Saturday evening.
 *             They were released[own] and the rally[R] continued.        (R: an intra-document chain)
 * </pre>
 */
final class CrossDocFixture {

    private static Path materialized;

    private CrossDocFixture() {
    }

    /** The fixture laid out as an ECB+ release in a temporary folder (neutral names in the repository). */
    static synchronized Path directory() {
        if (materialized == null) {
            try {
                Path source = Path.of(CrossDocFixture.class.getResource("/crossdoc-fixture").toURI());
                Path target = Files.createTempDirectory("ecb-crossdoc");
                Path topic = Files.createDirectories(target.resolve("ECB+").resolve("9"));
                Files.copy(source.resolve("topic9-doc1.xml"), topic.resolve("9_1ecb.xml"));
                Files.copy(source.resolve("topic9-doc2.xml"), topic.resolve("9_2ecb.xml"));
                Files.copy(source.resolve("topic9-doc3-plus.xml"), topic.resolve("9_1ecbplus.xml"));
                Files.copy(source.resolve("selected-sentences.csv"), target.resolve("ECBplus_coreference_sentences.csv"));
                target.toFile().deleteOnExit();
                materialized = target;
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return materialized;
    }

    static EcbplusCorpus corpus() {
        return EcbplusCorpus.read(directory(), TopicRange.parse("9"));
    }
}
