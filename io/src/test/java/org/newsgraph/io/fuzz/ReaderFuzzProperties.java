package org.newsgraph.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.newsgraph.io.input.ReadOptions;

/**
 * Thousands of generated hostile files through every reader: each gives articles or reported
 * failures, never an exception, a blank or multi-line message, or a stall. jqwik prints the seed of
 * a failing file; {@code new HostileFiles(MAX_BYTES).generate(kind, seed)} makes it again. The seeds
 * are fixed so that CI gives the same answer every run; {@code newsgraph bench --fuzz N --seed S}
 * explores other files.
 */
class ReaderFuzzProperties {

    static final int MAX_BYTES = 16 * 1024;
    /** Far above any honest read of a 16 KB file: only a hang or a runaway loop gets near it. */
    private static final Duration STALL = Duration.ofSeconds(30);

    private static final HostileFiles FILES = new HostileFiles(MAX_BYTES);
    private static final Path SCRATCH = scratch();
    private static final ReaderFuzz FUZZ = new ReaderFuzz(SCRATCH, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, null));

    private static Path scratch() {
        try {
            return Files.createTempDirectory("newsgraph-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeScratch() throws IOException {
        Files.deleteIfExists(SCRATCH);
    }

    /** Each try draws a kind and a seed: about 500 files of each of the seven kinds. */
    @Property(tries = 3600, seed = "101")
    void everyHostileFileGivesArticlesOrReportedFailures(@ForAll HostileFiles.Kind kind, @ForAll long seed) {
        HostileFiles.HostileFile file = FILES.generate(kind, seed);
        ReaderFuzz.Outcome outcome = assertTimeoutPreemptively(STALL, () -> FUZZ.read(file), () -> "stalled on " + file);
        assertThat(outcome.violations()).as("%s (seed %d)", file, seed).isEmpty();
    }
}
