package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --format table|json} option of the commands that answer questions about the store (a
 * picocli mixin), and how an answer is printed as JSON. Not thread-safe; picocli fills it once per run.
 */
final class AnswerFormat {

    /** How a question prints its answer. */
    enum Format {
        TABLE, JSON
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table (default) or json.")
    Format format = Format.TABLE;

    /** Whether the answer is wanted as JSON rather than as a table. */
    boolean json() {
        return format == Format.JSON;
    }

    /** Prints an answer record (or list or map of them) as indented JSON, and flushes. */
    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer records always serialise", e);
        }
    }

    /** Parses {@code table} or {@code json}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected table or json but was '" + value + "'");
            }
        }
    }
}
