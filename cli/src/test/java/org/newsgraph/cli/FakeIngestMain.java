package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * {@code newsgraph ingest} with the {@link FakeAnalyzer} instead of CoreNLP (10 ms an article, or
 * the system property {@value #MILLIS_PROPERTY}), as a program of its own
 * ({@code FakeIngestMain ingest [--verbose] --db DB PATH...}): the kill test runs it in a child JVM
 * and kills it mid-ingest.
 */
public final class FakeIngestMain {

    /** System property: milliseconds the fake analyser takes per article (default 10). */
    static final String MILLIS_PROPERTY = "newsgraph.fake.millis";

    private FakeIngestMain() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        long millis = Long.getLong(MILLIS_PROPERTY, 10);
        cli.addSubcommand("ingest", new IngestCommand(new FakeAnalyzer(millis), System.getenv()));
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        System.exit(cli.execute(args));
    }
}
