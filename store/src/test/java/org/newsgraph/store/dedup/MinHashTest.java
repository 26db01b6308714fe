package org.newsgraph.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MinHash signatures, their similarity and their bands. */
class MinHashTest {

    @Test
    void aLightRewriteIsSimilarAndAnUnrelatedTextIsNot() {
        long[] original = MinHash.signature(Wire.ORIGINAL);

        assertThat(MinHash.similarity(original, MinHash.signature(Wire.ORIGINAL))).isEqualTo(1.0);
        assertThat(MinHash.similarity(original, MinHash.signature(Wire.REWRITE))).isBetween(0.6, 0.95);
        assertThat(MinHash.similarity(original, MinHash.signature(Wire.UNRELATED))).isLessThan(0.1);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(MinHash.signature("The Bridge, built in 1931, is closed!"))
                .isEqualTo(MinHash.signature("the bridge built in 1931 is closed"));
    }

    @Test
    void aTextWithoutWordsHasNoSignature() {
        assertThat(MinHash.signature(" -- ... ")).isEmpty();
        assertThat(MinHash.similarity(new long[0], MinHash.signature(Wire.ORIGINAL))).isZero();
    }

    @Test
    void shortTextsAreOneShingle() {
        assertThat(MinHash.shingles("Rain in Lyon")).hasSize(1);
        assertThat(MinHash.shingles("one two three four five six")).hasSize(2);
    }

    @Test
    void equalSignaturesHaveEqualBandsAndARewriteSharesSome() {
        long[] original = MinHash.bands(MinHash.signature(Wire.ORIGINAL));
        long[] rewrite = MinHash.bands(MinHash.signature(Wire.REWRITE));
        long[] unrelated = MinHash.bands(MinHash.signature(Wire.UNRELATED));

        assertThat(original).hasSize(MinHash.BANDS).isEqualTo(MinHash.bands(MinHash.signature(Wire.ORIGINAL)));
        assertThat(shared(original, rewrite)).isGreaterThan(0);
        assertThat(shared(original, unrelated)).isZero();
    }

    @Test
    void signaturesSurviveTheirHexForm() {
        long[] signature = MinHash.signature(Wire.UNRELATED);

        assertThat(NearDuplicates.decode(NearDuplicates.encode(signature))).isEqualTo(signature);
    }

    private static int shared(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                shared++;
            }
        }
        return shared;
    }
}
