package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.analysis.Analysis;
import org.newsgraph.cli.analysis.Pending;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.io.output.DocumentWriter;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.InOrderExecutor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph analyze [OPTIONS] INPUT...}: analyses articles and writes one document per
 * article, in input order. Exit codes: 0 all analysed, 1 some failed (each reported on the error
 * stream as {@code name: reason}, the others still written), 2 usage error.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Analyses news articles: entities, attributions, events, quantities and dates.",
                "INPUT is a file (.txt: the article body; .json: one article object; .jsonl: one per line), "
                        + "a directory (its .txt, .json, .jsonl, .html, .htm, .warc and .warc.gz files, recursively) or - for standard input."})
final class AnalyzeCommand implements Callable<Integer> {

    private static final int MAX_THREADS = 64;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text on a terminal, else jsonl).")
    @Nullable OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    @Nullable Path output;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO-8601, e.g. 2023-09-12) for articles that do not state one.")
    @Nullable String published;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles analysed in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "Longest article analysed, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Mixin
    TimeBudgetOption budget = new TimeBudgetOption();

    @Mixin
    PrivateFetchOption fetch = new PrivateFetchOption();

    @Option(names = "--link", description = "Link entities to Wikipedia (builds the linker's index on first use).")
    boolean link;

    @Mixin
    LinkOptions linkOptions = new LinkOptions();

    @Override
    public Integer call() throws IOException {
        CommandLine cli = commandLine();
        validate();
        OutputFormat chosen = format != null ? format : System.console() != null ? OutputFormat.TEXT : OutputFormat.JSONL;
        Writer target = output == null ? new CheckedOutput(cli.getOut()) : open(output);
        try {
            DocumentWriter writer = chosen.writer(target);
            OutcomeSink sink = new OutcomeSink(writer, cli.getErr(), verbose());
            AnalyzerConfig config = AnalyzerConfig.defaults().withMaxChars(maxChars);
            Analysis analysis = new Analysis(analyzer(link ? linkOptions.linking(config, cli.getErr()) : config));
            InputReader reader = fetch.reader(new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, published));
            try (Stream<InputItem> items = reader.read(inputs)) {
                new InOrderExecutor(threads).run(items.iterator(), item -> analysis.apply(Pending.of(item)), sink);
            }
            return report(sink, cli.getErr());
        } finally {
            if (output == null) {
                target.flush();
            } else {
                target.close();
            }
        }
    }

    private void validate() {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException("--threads must be between 1 and " + MAX_THREADS + ": " + threads);
        }
        OptionChecks.requirePositive("--max-chars", maxChars);
        budget.budget();
        OptionChecks.requirePublished(published);
    }

    static Writer open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "no such directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : String.valueOf(e.getMessage());
            throw new UsageException("cannot write --output " + file + ": " + reason.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The shared analyzer with the time budget, loaded when the first article needs it (not at all if
     * every input is bad); loading is announced on a terminal or with {@code --verbose}.
     */
    private Supplier<Function<Article, Doc>> analyzer(AnalyzerConfig config) {
        PrintWriter err = commandLine().getErr();
        boolean announce = System.console() != null || verbose();
        return Analyzers.lazy(config, budget.budget(), message -> {
            if (announce) {
                err.println(message);
                err.flush();
            }
        });
    }

    private static int report(OutcomeSink sink, PrintWriter err) {
        if (sink.failed() == 0) {
            return Main.EXIT_OK;
        }
        int total = sink.failed() + sink.analysed();
        err.printf(Locale.ROOT, "newsgraph: %d of %d input%s failed%n", sink.failed(), total, total == 1 ? "" : "s");
        err.flush();
        return Main.EXIT_SOME_FAILED;
    }

    private boolean verbose() {
        return Main.verbose(spec);
    }

    private CommandLine commandLine() {
        return Main.commandLineOf(spec);
    }
}
