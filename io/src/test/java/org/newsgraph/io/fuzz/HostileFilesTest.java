package org.newsgraph.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.input.ReadOptions;

class HostileFilesTest {

    private final HostileFiles files = new HostileFiles(4096);

    @Test
    void aSeedAlwaysGivesTheSameFile() {
        for (HostileFiles.Kind kind : HostileFiles.Kind.values()) {
            HostileFiles.HostileFile once = files.generate(kind, 77);
            HostileFiles.HostileFile again = new HostileFiles(4096).generate(kind, 77);
            assertThat(again.bytes()).as(kind.name()).isEqualTo(once.bytes());
            assertThat(once.name()).isEqualTo("fuzz-77" + kind.extension());
        }
    }

    @Test
    void filesStayNearTheSizeAsked() {
        for (HostileFiles.Kind kind : HostileFiles.Kind.values()) {
            for (long seed = 0; seed < 200; seed++) {
                // Damage may double a piece and WARC/JSONL framing adds headers: a few times the limit at most.
                assertThat(files.generate(kind, seed).bytes().length).as("%s %d", kind, seed).isLessThan(8 * 4096);
            }
        }
    }

    /** A fuzzer whose files all fail the first check would test nothing past it. */
    @Test
    void everyKindGivesBothArticlesAndFailures(@TempDir Path scratch) {
        ReaderFuzz fuzz = new ReaderFuzz(scratch, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, null));
        Map<HostileFiles.Kind, int[]> seen = new EnumMap<>(HostileFiles.Kind.class);
        for (HostileFiles.Kind kind : HostileFiles.Kind.values()) {
            int[] counts = seen.computeIfAbsent(kind, k -> new int[2]);
            for (long seed = 0; seed < 80; seed++) {
                ReaderFuzz.Outcome outcome = fuzz.read(files.generate(kind, seed));
                counts[0] += outcome.articles();
                counts[1] += outcome.failures();
            }
        }
        seen.forEach((kind, counts) -> {
            assertThat(counts[0]).as("articles from %s", kind).isGreaterThan(10);
            assertThat(counts[1]).as("failures from %s", kind).isGreaterThan(10);
        });
    }

    @Test
    void tooSmallALimitIsRefused() {
        assertThatThrownBy(() -> new HostileFiles(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be at least 64: 10");
    }
}
