package org.newsgraph.cli;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.ingest.AnalysedFiles;
import org.newsgraph.cli.analysis.Analysis;
import org.newsgraph.cli.analysis.Pending;
import org.newsgraph.cli.ingest.Progress;
import org.newsgraph.cli.ingest.Storing;
import org.newsgraph.cli.ingest.Tally;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.InOrderExecutor;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest [--db DB] [--threads N] PATH...}: analyses articles and stores them. An
 * article whose id and text are already stored is skipped without analysis; a changed text under a
 * stored id becomes a new version. Analysis runs on N threads; documents are written one at a
 * time, in input order, each in one transaction, so an ingest stopped at any point and run again
 * ends with the same store as one run to the end. Exit codes: 0 all stored, 1 some failed (each
 * reported as {@code name: reason}, the others still stored), 2 usage error or database that cannot
 * be opened, 3 internal error.
 */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Analyses news articles and stores them in a database, for questions across articles.",
                "PATH is a file (.txt, .json, .jsonl, .html, .warc, .warc.gz), a directory (its .txt, .json, .jsonl, .html, .htm, .warc and .warc.gz files, recursively) "
                        + "or - for standard input, as for analyze. Articles already stored with the same text are "
                        + "skipped; a changed text under a stored id is kept as a new version."})
final class IngestCommand implements Callable<Integer> {

    private static final int MAX_THREADS = 64;
    private static final int LINE_EVERY_ARTICLES = 100;
    private static final Duration LINE_EVERY = Duration.ofSeconds(10);

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> inputs = List.of();

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles analysed in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO-8601, e.g. 2023-09-12) for articles that do not state one.")
    @Nullable String published;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "Longest article analysed, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Mixin
    TimeBudgetOption budget = new TimeBudgetOption();

    @Mixin
    PrivateFetchOption fetch = new PrivateFetchOption();

    @Option(names = "--analysed",
            description = "PATH holds documents analysed already (document@1 JSON lines, as written by analyze or "
                    + "spark analyze --format jsonl): store them without analysing again.")
    boolean analysed;

    @Option(names = "--link", description = "Link entities to Wikipedia as analyze --link does, so that actors go by "
            + "their Wikipedia page (builds the linker's index on first use).")
    boolean link;

    @Mixin
    LinkOptions linkOptions = new LinkOptions();

    /** Analyses one article; null for the shared CoreNLP analyser. Tests give a fake. */
    private final @Nullable Function<Article, Doc> analyzer;
    private final Map<String, String> env;

    IngestCommand() {
        this(null, System.getenv());
    }

    /**
     * @param analyzer analyses one article, thread-safe; null for the standard analyser
     * @param env      environment variables ({@code NEWSGRAPH_DB} and the database credentials)
     */
    IngestCommand(@Nullable Function<Article, Doc> analyzer, Map<String, String> env) {
        this.analyzer = analyzer;
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() {
        CommandLine cli = commandLine();
        validate();
        InputReader reader = fetch.reader(new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, published));
        boolean terminal = System.console() != null;
        if (analysed) {
            return storeAnalysed(cli);
        }
        AnalyzerConfig config = AnalyzerConfig.defaults().withMaxChars(maxChars);
        if (link) {
            config = linkOptions.linking(config, cli.getErr());
        }
        try (ArticleStore store = db.openOrCreate(env)) {
            OptionalInt total = count(reader);
            Progress progress = terminal ? Progress.bar(cli.getErr(), total, System::nanoTime)
                    : Progress.lines(cli.getErr(), total, System::nanoTime, LINE_EVERY_ARTICLES, LINE_EVERY);
            Storing storing = new Storing(store, progress, verbose());
            Analysis analysis = new Analysis(analyzer(config, progress, terminal));
            try (Stream<InputItem> items = reader.read(inputs)) {
                Iterator<Pending> pending = items.map(item -> Pending.check(item, store)).iterator();
                new InOrderExecutor(threads).run(pending, analysis, storing);
            }
            Tally tally = storing.tally();
            progress.finish(tally.done());
            cli.getOut().println(tally.summary(store.location(), progress.elapsed()));
            WarcSummary.print(inputs, cli.getOut());
            cli.getOut().flush();
            return tally.failed() == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
    }

    /** {@code --analysed}: documents read from JSON lines go straight to the store. */
    private int storeAnalysed(CommandLine cli) {
        if (inputs.contains("-")) {
            throw new UsageException("--analysed reads files and directories, not standard input");
        }
        try (ArticleStore store = db.openOrCreate(env)) {
            Progress progress = Progress.lines(cli.getErr(), OptionalInt.empty(), System::nanoTime,
                    LINE_EVERY_ARTICLES, LINE_EVERY);
            Storing storing = new Storing(store, progress, verbose());
            new AnalysedFiles(store).read(inputs, storing);
            Tally tally = storing.tally();
            progress.finish(tally.done());
            cli.getOut().println(tally.summary(store.location(), progress.elapsed()));
            cli.getOut().flush();
            return tally.failed() == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
    }

    private void validate() {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException("--threads must be between 1 and " + MAX_THREADS + ": " + threads);
        }
        if (analysed && link) {
            throw new UsageException("--link links while analysing; --analysed stores documents as they were analysed "
                    + "(analyze --link links them)");
        }
        OptionChecks.requirePositive("--max-chars", maxChars);
        budget.budget();
        OptionChecks.requirePublished(published);
    }

    /** How many items the inputs hold (read once more for it, which costs little beside analysis); unknown for stdin. */
    private OptionalInt count(InputReader reader) {
        if (inputs.contains("-")) {
            return OptionalInt.empty();
        }
        try (Stream<InputItem> items = reader.read(inputs)) {
            return OptionalInt.of(Math.toIntExact(items.count()));
        }
    }

    /** The analyser, loaded when the first article needs it (not at all if every article is stored). */
    private Supplier<Function<Article, Doc>> analyzer(AnalyzerConfig config, Progress progress, boolean terminal) {
        if (analyzer != null) {
            Function<Article, Doc> given = analyzer;
            return () -> given;
        }
        return Analyzers.lazy(config, budget.budget(),
                terminal || verbose() ? progress::println : message -> { });
    }

    private boolean verbose() {
        return Main.verbose(spec);
    }

    private CommandLine commandLine() {
        return Main.commandLineOf(spec);
    }
}
