package org.newsgraph.cli;

import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.newsgraph.io.output.DocumentWriter;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.io.output.JsonLinesWriter;
import org.newsgraph.io.output.PrettyJsonWriter;
import org.newsgraph.io.output.TextSummaryWriter;
import picocli.CommandLine;

/**
 * The output formats of {@code newsgraph analyze}, named as the user types them: JSON Lines, pretty
 * JSON, a readable summary, and a GDELT-like CSV table of events (one row an event).
 */
enum OutputFormat {
    JSONL("jsonl"),
    JSON("json"),
    TEXT("text"),
    EVENTS_CSV("events-csv");

    private final String label;

    OutputFormat(String label) {
        this.label = label;
    }

    /** A writer of this format. */
    DocumentWriter writer(Writer out) {
        return switch (this) {
            case JSONL -> new JsonLinesWriter(out);
            case JSON -> new PrettyJsonWriter(out);
            case TEXT -> new TextSummaryWriter(out);
            case EVENTS_CSV -> new EventCsvWriter(out);
        };
    }

    /** The name on the command line, e.g. "events-csv". */
    @Override
    public String toString() {
        return label;
    }

    /** Parses the command-line name, listing the names if it matches none. */
    static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.label.equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("expected one of "
                            + Arrays.stream(values()).map(OutputFormat::toString).collect(Collectors.joining(", "))
                            + " but was '" + value + "'"));
        }
    }
}
