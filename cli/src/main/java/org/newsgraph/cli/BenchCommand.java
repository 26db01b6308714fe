package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.cli.bench.AnalyserBench;
import org.newsgraph.cli.bench.BenchReport;
import org.newsgraph.cli.bench.Corpus;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.bench.HeapMeter;
import org.newsgraph.cli.bench.FuzzBench;
import org.newsgraph.cli.bench.HostileBench;
import org.newsgraph.cli.bench.IngestBench;
import org.newsgraph.cli.bench.IngestReport;
import org.newsgraph.cli.bench.Measurement;
import org.newsgraph.cli.bench.SyntheticArticles;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench DIR}: measures newsgraph's analyser on the {@code .txt} files of a
 * directory (model-load time, documents and tokens per second for each thread count, peak heap)
 * and, with {@code --link}, the analyser with Wikipedia linking, or with {@code --compare-corenlp},
 * CoreNLP's own full pipeline on the same documents ({@link AnalyserBench}).
 * {@code newsgraph bench --hostile}: times the analyser on generated hostile inputs ({@link HostileBench}).
 * {@code newsgraph bench --ingest}: measures the store instead (see {@link IngestBench}), without
 * the analyser; exit code 1 if storing an article at the largest size is more than 25% slower than
 * at the smallest.
 *
 * <p>Phases run in this order so that each heap figure belongs to one analyser: newsgraph loads,
 * warms up and runs; it is released; then newsgraph with linking, or CoreNLP, loads, warms up, runs
 * and is released last.
 * Figures go to standard output as they are measured (or all at once with {@code --format json});
 * progress and failed documents go to standard error. Exit codes: 0, 1 if some documents failed,
 * 2 for a missing or empty directory, bad options or too small a heap for the comparison.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures analysis speed and heap on a directory of .txt files, optionally against "
                + "CoreNLP's own full pipeline.",
            "With --ingest, measures instead how long storing one article takes as the store grows: fills an "
                + "empty store with synthetic analysed articles (no analyser) to each of --sizes, and times storing "
                + "--new further ones at each size."})
public final class BenchCommand implements Callable<Integer> {

    /** Below this -Xmx the CoreNLP comparison is refused (it needs about 6 GB; -Xmx6g reports a little less). */
    static final long MIN_HEAP_FOR_CORENLP = 5_800L * 1024 * 1024;

    /** How the figures are printed. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Directory of .txt files, read in name order (not with --ingest).")
    private @Nullable Path directory;

    @Option(names = "--ingest", description = "Measure the store's per-article ingest time instead of analysis.")
    private boolean ingest;

    @Option(names = "--hostile",
            description = "Time the analyser on generated hostile inputs (a repeated sentence, zero-width, punctuation, "
                    + "quote and emoji runs, one 1 MB line, nested quotes, an HTML page of entities) under --max-seconds.")
    private boolean hostile;

    @Option(names = "--fuzz", paramLabel = "N",
            description = "Read N generated hostile files of every kind (text, JSON, JSON Lines, HTML, WARC, "
                    + "compressed WARC, feeds) and report any exception, bad message or stall.")
    private @Nullable Integer fuzz;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "With --fuzz: the seed of the first file of each kind (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--fuzz-bytes", paramLabel = "B", defaultValue = "16384",
            description = "With --fuzz: about the largest file generated (default: ${DEFAULT-VALUE}).")
    private int fuzzBytes = 16384;

    @Option(names = "--analyze",
            description = "With --fuzz: also analyse every article read, under --max-seconds.")
    private boolean analyzeFuzz;

    @Mixin
    private TimeBudgetOption budget = new TimeBudgetOption();

    @Option(names = "--db", paramLabel = "DB",
            description = "With --ingest: an empty or new directory, or a jdbc:postgresql:// URL of an empty "
                    + "database, to fill (default: a temporary directory, deleted afterwards).")
    private @Nullable String db;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000",
            description = "With --ingest: stored article counts to time at (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes = List.of(1000, 10000);

    @Option(names = "--new", paramLabel = "N", defaultValue = "200",
            description = "With --ingest: new articles timed at each size (default: ${DEFAULT-VALUE}).")
    private int newArticles = 200;

    @Option(names = "--threads", split = ",", paramLabel = "N[,N...]", defaultValue = "1",
            description = "Thread counts to measure, each a separate pass (default: ${DEFAULT-VALUE}).")
    private List<Integer> threads = List.of(1);

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N files.")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Documents analysed untimed before the first pass (default: ${DEFAULT-VALUE}).")
    private int warmup = 10;

    @Option(names = "--compare-corenlp",
            description = "Also measure CoreNLP's tokenize,ssplit,pos,lemma,ner,depparse,coref,quote pipeline "
                    + "(statistical coref). Needs -Xmx8g.")
    private boolean compareCoreNlp;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--link", description = "Also measure the analyser with Wikipedia linking (newsgraph+link), "
            + "loaded after the one without is released; the speed ratio is then without/with.")
    private boolean link;

    @Mixin
    private LinkOptions linkOptions = new LinkOptions();

    private final Function<AnalyzerConfig, Analyzer> analyzers;

    public BenchCommand() {
        this(Analyzer::create);
    }

    /** For tests: measures the analysers this makes of a configuration instead of loading new ones. */
    BenchCommand(Function<AnalyzerConfig, Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() {
        if (fuzz != null) {
            return benchFuzz();
        }
        if (analyzeFuzz) {
            throw new UsageException("--analyze goes with --fuzz");
        }
        if (hostile) {
            if (directory != null || ingest || compareCoreNlp) {
                throw new UsageException("--hostile takes no DIR, no --ingest and no --compare-corenlp");
            }
            Duration perInput = budget.budget();
            spec.commandLine().getErr().println("newsgraph: loading models...");
            int failed = new HostileBench(analyzers.apply(AnalyzerConfig.defaults()), perInput).run(spec.commandLine().getOut());
            return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
        if (ingest) {
            if (directory != null || compareCoreNlp) {
                throw new UsageException("--ingest takes no DIR and no --compare-corenlp");
            }
            return benchIngest();
        }
        if (directory == null) {
            throw new UsageException("give a DIR of .txt files, or --ingest");
        }
        List<Integer> threadCounts = checkedThreadCounts();
        if (warmup < 0) {
            throw new UsageException("--warmup must be 0 or more: " + warmup);
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1: " + limit);
        }
        if (link && compareCoreNlp) {
            throw new UsageException("--link and --compare-corenlp are separate benches: give one of them");
        }
        long maxHeap = HeapMeter.maxHeapBytes();
        if (compareCoreNlp && maxHeap < MIN_HEAP_FOR_CORENLP) {
            throw new UsageException(String.format(Locale.ROOT,
                    "CoreNLP's full pipeline needs about 6 GB of heap and this JVM has -Xmx %.1f GB: "
                            + "run with JAVA_OPTS=-Xmx8g for --compare-corenlp", maxHeap / (1024.0 * 1024 * 1024)));
        }
        Corpus corpus = readCorpus();

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalyzerConfig linked = link ? linkOptions.linking(AnalyzerConfig.defaults(), err) : null;
        int processors = Runtime.getRuntime().availableProcessors();
        String dir = String.valueOf(directory);
        boolean text = format == Format.text;
        if (text) {
            out.println(BenchReport.headerLine(dir, corpus.size(), warmup, maxHeap, processors));
            out.flush();
        }

        Consumer<String> live = text ? line -> {
            out.println(line);
            out.flush();
        } : line -> { };
        AnalyserBench bench = new AnalyserBench(corpus, threadCounts, warmup, new HeapMeter(), err, live);
        List<Measurement> measurements = new ArrayList<>();
        measurements.add(bench.newsgraph("newsgraph", () -> analyzers.apply(AnalyzerConfig.defaults())));
        if (linked != null) {
            measurements.add(bench.newsgraph("newsgraph+link", () -> analyzers.apply(linked)));
        }
        if (compareCoreNlp) {
            measurements.add(bench.coreNlp());
        }
        BenchReport report = new BenchReport(dir, corpus.size(), warmup, maxHeap, processors, measurements);
        if (text) {
            report.ratioLines().forEach(out::println);
        } else {
            out.println(report.toJson());
        }
        out.flush();
        boolean someFailed = measurements.stream().flatMap(m -> m.runs().stream()).anyMatch(r -> r.failures() > 0);
        return someFailed ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
    }

    private int benchFuzz() {
        if (directory != null || ingest || hostile || compareCoreNlp) {
            throw new UsageException("--fuzz takes no DIR, no --ingest, no --hostile and no --compare-corenlp");
        }
        if (fuzz < 1) {
            throw new UsageException("--fuzz must be at least 1: " + fuzz);
        }
        if (fuzzBytes < 64) {
            throw new UsageException("--fuzz-bytes must be at least 64: " + fuzzBytes);
        }
        Duration perInput = budget.budget();
        Analyzer analyzer = null;
        if (analyzeFuzz) {
            spec.commandLine().getErr().println("newsgraph: loading models...");
            analyzer = analyzers.apply(AnalyzerConfig.defaults());
        }
        int broken = new FuzzBench(fuzz, seed, fuzzBytes, analyzer, perInput).run(spec.commandLine().getOut());
        return broken == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    private int benchIngest() {
        List<Integer> checked;
        try {
            checked = IngestBench.checkedSizes(sizes, newArticles);
        } catch (IllegalArgumentException e) {
            throw new UsageException(String.valueOf(e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path temporary = null;
        String target = db;
        try {
            if (target == null) {
                temporary = Files.createTempDirectory("newsgraph-bench-");
                target = temporary.resolve("db").toString();
            }
            IngestReport report;
            try (ArticleStore store = openEmpty(target)) {
                report = new IngestBench(new SyntheticArticles(42), err).run(store, checked, newArticles);
            }
            if (format == Format.text) {
                report.textLines().forEach(out::println);
            } else {
                out.println(report.toJson());
            }
            out.flush();
            return report.withinBound() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the store", e);
        } finally {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
    }

    private static ArticleStore openEmpty(String target) {
        ArticleStore store;
        try {
            store = Stores.open(target);
        } catch (StoreException e) {
            throw new UsageException(String.valueOf(e.getMessage()));
        }
        if (store.counts().articles() > 0) {
            store.close();
            throw new UsageException("--db must name an empty store: " + target + " holds articles");
        }
        return store;
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary directory left behind is no failure of the bench.
        }
    }

    private List<Integer> checkedThreadCounts() {
        for (int n : threads) {
            if (n < 1) {
                throw new UsageException("--threads must list counts of at least 1: " + n);
            }
        }
        return List.copyOf(new LinkedHashSet<>(threads));
    }

    private Corpus readCorpus() {
        Path directory = Objects.requireNonNull(this.directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new UsageException("not a directory: " + directory);
        }
        Corpus corpus;
        try {
            corpus = Corpus.read(directory, limit);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage() + ": " + e.getCause().getMessage());
        }
        if (corpus.isEmpty()) {
            throw new UsageException("no .txt files in " + directory);
        }
        return corpus;
    }
}
