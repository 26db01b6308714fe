package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.link.AliasIndexBuilder;
import org.newsgraph.pipeline.link.AliasTableFormatException;
import org.newsgraph.pipeline.link.LinkerFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph linker build}: builds the Wikipedia linker's alias index, from CoreNLP's
 * WikiDict (default) or from a user's alias table. Progress goes to standard error, the summary to
 * standard output. Exit codes: 0, 2 for a missing or malformed source.
 */
@Command(name = "linker", mixinStandardHelpOptions = true,
        description = "Manages the Wikipedia linker's alias index.",
        subcommands = LinkerCommand.Build.class)
public final class LinkerCommand {

    /** The build subcommand. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {
                "Builds the alias index (normalised alias -> its 3 best Wikipedia titles) the linker memory-maps.",
                "Source: CoreNLP's WikiDict in the kbp models jar (default; fetch it once with "
                        + LinkerFiles.FETCH_HINT + "), or --from FILE: UTF-8 text, one 'alias TAB title TAB score' "
                        + "a line, title with underscores for spaces, score in [0, 1] = how often the alias "
                        + "names that title (.gz accepted).",
                ""})
    static final class Build implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--from", paramLabel = "FILE", description = "Alias table to build from instead of WikiDict.")
        private @Nullable Path from;

        @Option(names = "--kbp-jar", paramLabel = "JAR", description = "The CoreNLP kbp models jar (default: the local Maven repository's).")
        private @Nullable Path kbpJar;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "Index directory (default: $NEWSGRAPH_LINKER_DIR or ~/.cache/newsgraph/linker).")
        private @Nullable Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path directory = dir != null ? dir : LinkerFiles.defaultDirectory();
            AliasIndexBuilder.Summary summary = build(from, kbpJar, directory, err);
            out.printf(Locale.ROOT, "%s: %,d rows read, %,d aliases, %,d titles, %,d bytes%n",
                    LinkerFiles.index(directory), summary.rows(), summary.keys(), summary.titles(), summary.bytes());
            out.flush();
            return Main.EXIT_OK;
        }
    }

    /** Builds the index, reporting progress on {@code err}; bad sources become a {@link UsageException}. */
    static AliasIndexBuilder.Summary build(@Nullable Path from, @Nullable Path kbpJar, Path directory, PrintWriter err) {
        long started = System.nanoTime();
        try {
            AliasIndexBuilder.Summary summary;
            if (from != null) {
                if (!Files.isRegularFile(from)) {
                    throw new UsageException("no such file: " + from);
                }
                err.println("newsgraph: building the linker's alias index from " + from + " into " + directory);
                summary = LinkerFiles.buildFromTable(from, directory, rows -> progress(err, rows, -1));
            } else {
                Path jar = kbpJar != null ? kbpJar : LinkerFiles.defaultKbpJar();
                err.println("newsgraph: building the linker's alias index from CoreNLP's WikiDict (once; about a "
                        + "minute) into " + directory);
                summary = LinkerFiles.buildFromKbp(jar, directory, rows -> progress(err, rows, LinkerFiles.WIKIDICT_ROWS));
            }
            err.printf(Locale.ROOT, "%nnewsgraph: index built in %.0f s%n", (System.nanoTime() - started) / 1e9);
            err.flush();
            return summary;
        } catch (AliasTableFormatException e) {
            throw new UsageException((from != null ? from : "WikiDict") + ": " + e.getMessage());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void progress(PrintWriter err, long rows, long total) {
        if (total > 0) {
            int percent = (int) Math.min(100, rows * 100 / total);
            err.printf(Locale.ROOT, "\r[%-40s] %3d%% %,d rows", "#".repeat(percent * 40 / 100), percent, rows);
        } else {
            err.printf(Locale.ROOT, "\r%,d rows", rows);
        }
        err.flush();
    }
}
