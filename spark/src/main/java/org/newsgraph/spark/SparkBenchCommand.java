package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.AnalyzerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark bench INPUT...} (also {@code newsgraph bench --spark INPUT...}): in one run, the
 * analysis job timed warm on each of several masters (default {@code local[1]}, {@code local[2]} and
 * {@code standalone}, a cluster of two one-core workers started here on 127.0.0.1,
 * {@link StandaloneCluster}), then what {@code analyze --threads N} does with the same articles
 * ({@link AnalyzeTiming}). On each master the job runs once untimed (starting Spark, loading the
 * models in the executors, compiling), then once timed, into a temporary directory deleted after.
 * Prints documents/s per run, its speed-up over the first, the peak executor heap, and each Spark
 * run's documents/s per core against {@code analyze}'s on as many threads. Not thread-safe.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the analysis job warm on each master (default local[1], local[2] and a standalone "
                + "cluster of two one-core workers on 127.0.0.1), then analyze --threads 1 and 2, in one run.",
                "Prints documents/s, the speed-up over the first run, the peak heap, and Spark per core against analyze."})
final class SparkBenchCommand implements Callable<Integer> {

    /** In {@code --masters}: a standalone cluster of two one-core workers started for the run. */
    static final String STANDALONE = "standalone";

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories, as for spark analyze.")
    List<String> inputs = List.of();

    @Option(names = "--masters", paramLabel = "URL", split = ",", defaultValue = "local[1],local[2],standalone",
            description = "The masters to time, in order; 'standalone' starts a cluster of two one-core workers "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> masters = List.of("local[1]", "local[2]", STANDALONE);

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Thread counts to time analyze with, after the masters; 0 for none (default: ${DEFAULT-VALUE}).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--executor-memory", paramLabel = "SIZE", defaultValue = "3g",
            description = "Heap of each standalone executor (default: ${DEFAULT-VALUE}).")
    String executorMemory = "3g";

    /** One timed run: a master's job, or analyze on some threads. */
    record Timing(String run, int cores, long documents, double seconds, long peakHeapBytes) {
        double perSecond() {
            return documents / seconds;
        }

        boolean isSpark() {
            return !run.startsWith("analyze");
        }
    }

    @Override
    public Integer call() throws IOException {
        if (masters.isEmpty() || masters.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--masters needs at least one master URL");
        }
        if (threads.stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("--threads must list counts of at least 1, or 0: " + threads);
        }
        if (InputListing.of(inputs, new Configuration()).files().isEmpty()) {
            throw new IllegalArgumentException("no " + String.join(", ", InputListing.EXTENSIONS) + " file in "
                    + String.join(" ", inputs));
        }
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
        out.println(String.format(Locale.ROOT, "%s; %d cores; load average %.2f", String.join(" ", inputs),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path work = Files.createTempDirectory("newsgraph-spark-bench");
        List<Timing> timings = new ArrayList<>();
        try {
            for (String master : masters) {
                timings.add(master.equals(STANDALONE) ? timeStandalone(work) : time(master, work));
                print(out, timings);
            }
            List<Integer> counts = threads.stream().filter(n -> n > 0).toList();
            if (!counts.isEmpty()) {
                AnalyzeTiming analyze = AnalyzeTiming.of(inputs, AnalyzerConfig.defaults());
                analyze.pass(counts.stream().mapToInt(Integer::intValue).max().orElse(1));
                for (int n : counts) {
                    resetPeaks();
                    double seconds = analyze.pass(n);
                    if (analyze.failed() > 0) {
                        err.printf(Locale.ROOT, "newsgraph: analyze --threads %d could not analyse %d of %d articles%n", n,
                                analyze.failed(), analyze.size());
                        err.flush();
                    }
                    timings.add(new Timing("analyze --threads " + n, n, analyze.size(), seconds, poolPeaks()));
                    print(out, timings);
                }
            }
            perCore(timings).forEach(out::println);
            out.flush();
        } finally {
            delete(work);
        }
        return Main.EXIT_OK;
    }

    private static void print(PrintWriter out, List<Timing> timings) {
        out.println(line(timings.get(0), timings.get(timings.size() - 1)));
        out.flush();
    }

    private JobOptions options(Path work) {
        return new JobOptions(inputs, work.resolve("out").toUri().toString(), 0, JobOptions.Format.PARQUET,
                AnalyzerConfig.DEFAULT_MAX_CHARS, null);
    }

    private Timing time(String master, Path work) {
        return timed(master, Main.session("newsgraph bench", master, metrics()), work, true);
    }

    private Timing timeStandalone(Path work) throws IOException {
        StandaloneCluster.Shape shape = new StandaloneCluster.Shape(2, 1, executorMemory, Duration.ofMinutes(3));
        try (StandaloneCluster cluster = StandaloneCluster.start(shape, work.resolve("cluster"))) {
            return timed(STANDALONE + " 2x1", cluster.session("newsgraph bench", metrics()), work, false);
        }
    }

    /** The job once untimed, once timed, on {@code spark}, which is stopped after. */
    private Timing timed(String run, SparkSession spark, Path work, boolean local) {
        ExecutorHeap heap = new ExecutorHeap();
        spark.sparkContext().addSparkListener(heap);
        try {
            JobOptions options = options(work);
            AnalyzeJob.run(spark, options);
            heap.reset();
            resetPeaks();
            long start = System.nanoTime();
            AnalyzeJob.Summary summary = AnalyzeJob.run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (summary.count(Table.DOCUMENTS) == 0) {
                throw new IllegalArgumentException("no article analysed from " + String.join(" ", inputs)
                        + " (" + summary.count(Table.ERRORS) + " errors)");
            }
            // In local mode the executor is this JVM; its pools' peaks are a bound when no task reported one.
            long peak = heap.peakBytes();
            if (local && peak == 0) {
                peak = poolPeaks();
            }
            return new Timing(run, spark.sparkContext().defaultParallelism(), summary.count(Table.DOCUMENTS), seconds,
                    peak);
        } finally {
            spark.stop();
        }
    }

    private static Map<String, String> metrics() {
        return Map.of("spark.executor.metrics.pollingInterval", ExecutorHeap.POLLING);
    }

    /** The line of one run: its figures and its speed-up over {@code first}. */
    static String line(Timing first, Timing timing) {
        return String.format(Locale.ROOT,
                "%-20s %d cores, %d documents in %.1f s warm: %.2f documents/s, %.2fx %s, peak heap %.1f GB",
                timing.run(), timing.cores(), timing.documents(), timing.seconds(), timing.perSecond(),
                timing.perSecond() / first.perSecond(), first.run(), timing.peakHeapBytes() / 1e9);
    }

    /** For each Spark run, its documents/s against those of analyze on as many threads as it has cores. */
    static List<String> perCore(List<Timing> timings) {
        List<String> lines = new ArrayList<>();
        for (Timing spark : timings.stream().filter(Timing::isSpark).toList()) {
            Optional<Timing> analyze = timings.stream().filter(t -> !t.isSpark() && t.cores() == spark.cores())
                    .findFirst();
            analyze.ifPresent(a -> lines.add(String.format(Locale.ROOT, "%-20s %.2f of %s (%.2f against %.2f documents/s per core)",
                    spark.run(), spark.perSecond() / a.perSecond(), a.run(), spark.perSecond() / spark.cores(),
                    a.perSecond() / a.cores())));
        }
        return lines;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of this JVM's heap pools' peaks: an upper bound of its peak heap. */
    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
