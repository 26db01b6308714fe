package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void formatsInDecimalUnits() {
        assertThat(ByteSize.format(1)).isEqualTo("1 byte");
        assertThat(ByteSize.format(999)).isEqualTo("999 bytes");
        assertThat(ByteSize.format(1_000)).isEqualTo("1 kB");
        assertThat(ByteSize.format(1_234)).isEqualTo("1.2 kB");
        assertThat(ByteSize.format(999_999)).isEqualTo("1 MB");
        assertThat(ByteSize.format(12_300_000)).isEqualTo("12.3 MB");
        assertThat(ByteSize.format(10_000_000)).isEqualTo("10 MB");
        assertThat(ByteSize.format(3_500_000_000L)).isEqualTo("3.5 GB");
    }

    @Test
    void overLimitFallsBackToExactBytesWhenRoundingHidesTheDifference() {
        assertThat(ByteSize.overLimit(12_300_000, 10_000_000)).isEqualTo("12.3 MB, over the 10 MB limit");
        assertThat(ByteSize.overLimit(10_000_001, 10_000_000))
                .isEqualTo("10,000,001 bytes, over the limit of 10,000,000 bytes");
    }
}
