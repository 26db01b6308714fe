package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's usage errors, which end before a Spark session starts. */
class MainTest {

    @Test
    void anUnknownFormatIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("analyze", "in", "--output", "out", "--format", "xml");
        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("newsgraph spark: --format must be parquet or jsonl: xml" + System.lineSeparator());
    }

    @Test
    void theOutputIsRequired() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("analyze", "in")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith("Missing required option: '--output=DIR'");
    }

    @Test
    void withoutASubcommandTheUsageIsShown() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute()).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith("Usage: newsgraph spark [-hV] [COMMAND]");
    }
}
