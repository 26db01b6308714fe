package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.link.AliasIndex;
import org.newsgraph.pipeline.link.Candidate;

class LinkerCommandTest {

    @Test
    void buildsAnIndexFromAUserTable(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("aliases.tsv");
        Files.writeString(table, "Kim Jong-un\tKim_Jong-un\t0.97\nthe Kremlin\tMoscow Kremlin\t1.0\n");

        CliRun r = CliRun.of("linker", "build", "--from", table.toString(), "--dir", dir.resolve("idx").toString());

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
        Path index = dir.resolve("idx").resolve("aliases.idx");
        assertThat(r.out()).isEqualTo(index + ": 2 rows read, 4 aliases, 2 titles, "
                + String.format(java.util.Locale.ROOT, "%,d", Files.size(index)) + " bytes"
                + System.lineSeparator());
        assertThat(AliasIndex.open(index).candidates("Kremlin")).containsExactly(new Candidate("Moscow_Kremlin", 1.0f));
    }

    @Test
    void aMalformedTableIsAOneLineUsageError(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("aliases.tsv");
        Files.writeString(table, "Kim Jong-un\tKim_Jong-un\tsure\n");

        CliRun r = CliRun.of("linker", "build", "--from", table.toString(), "--dir", dir.toString());

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).endsWith(table + ": line 1: the score is not a number in [0, 1]: 'sure'"
                + System.lineSeparator());
        assertThat(Files.exists(dir.resolve("aliases.idx"))).isFalse();
    }

    @Test
    void aMissingTableIsAUsageError(@TempDir Path dir) {
        CliRun r = CliRun.of("linker", "build", "--from", dir.resolve("none.tsv").toString(), "--dir", dir.toString());

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("no such file: " + dir.resolve("none.tsv"));
    }
}
