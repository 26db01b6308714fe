package org.newsgraph.eval.ecbplus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The test fixture src/test/resources/ecbplus: a release folder written for these tests in ECB+'s
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

    static Path directory() {
        try {
            return Path.of(EcbplusFixture.class.getResource("/ecbplus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EcbDocument first() {
        return EcbplusReader.read(directory().resolve("ECB+").resolve("7").resolve("7_1ecbplus.xml"));
    }
}
