package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.AnalyzerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark bench INPUT...}: the analysis job timed on each of several masters in one run
 * (default {@code local[1]} and {@code local[2]}), warm: on each master the job runs once untimed
 * (starting Spark, loading the models in the executor, compiling), then once timed, into a temporary
 * directory that is deleted after. Prints documents/s per master, each master's speed-up over the
 * first, and the peak heap of this JVM during the timed run (in local mode the executor runs in it).
 * Not thread-safe.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the analysis job warm on each master (default local[1] and local[2]) in one run.",
                "Prints documents/s, the speed-up over the first master and the peak heap."})
final class SparkBenchCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories, as for spark analyze.")
    List<String> inputs = List.of();

    @Option(names = "--masters", paramLabel = "URL", split = ",", defaultValue = "local[1],local[2]",
            description = "The masters to time, in order (default: ${DEFAULT-VALUE}).")
    List<String> masters = List.of("local[1]", "local[2]");

    /** One master's timed run. */
    record Timing(String master, long documents, double seconds, long peakHeapBytes) {
        double perSecond() {
            return documents / seconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (masters.isEmpty() || masters.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--masters needs at least one master URL");
        }
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        Path work = Files.createTempDirectory("newsgraph-spark-bench");
        List<Timing> timings = new ArrayList<>();
        try {
            for (String master : masters) {
                timings.add(time(master, work));
                out.println(line(timings.get(0), timings.get(timings.size() - 1)));
                out.flush();
            }
        } finally {
            delete(work);
        }
        return Main.EXIT_OK;
    }

    private Timing time(String master, Path work) {
        JobOptions options = new JobOptions(inputs, work.resolve("out").toUri().toString(), 0,
                JobOptions.Format.PARQUET, AnalyzerConfig.DEFAULT_MAX_CHARS, null);
        SparkSession spark = Main.session("newsgraph bench", master);
        try {
            AnalyzeJob.run(spark, options);
            resetPeaks();
            long start = System.nanoTime();
            AnalyzeJob.Summary summary = AnalyzeJob.run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Timing(master, summary.count(Table.DOCUMENTS), seconds, peakHeap());
        } finally {
            spark.stop();
        }
    }

    /** The line of one master: its figures and its speed-up over {@code first}. */
    static String line(Timing first, Timing timing) {
        return String.format(Locale.ROOT, "%-12s %d documents in %.1f s warm: %.2f documents/s, %.2fx %s, peak heap %.1f GB",
                timing.master(), timing.documents(), timing.seconds(), timing.perSecond(),
                timing.perSecond() / first.perSecond(), first.master(), timing.peakHeapBytes() / 1e9);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
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
