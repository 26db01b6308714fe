package org.newsgraph.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.AnalyzerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spark analyze INPUT... --output DIR}: the {@link AnalyzeJob} from the command line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses news articles on Spark into Parquet tables (or document@1 JSON lines).",
                "INPUT is a file or directory on any Hadoop file system (file:, hdfs:, s3a:): .txt, .json, "
                        + ".jsonl, .html, .htm, .warc and .warc.gz files."})
final class SparkAnalyzeCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories.")
    List<String> inputs = List.of();

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output directory; its table directories are replaced.")
    String output = "";

    @Option(names = "--master", paramLabel = "URL",
            description = "local[N] or spark://HOST:PORT (default: what spark-submit set, else local[*]).")
    String master = "";

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Analysis tasks (default: from the input files and the cores).")
    int partitions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "parquet (one table per directory) or jsonl (document@1 lines) (default: ${DEFAULT-VALUE}).")
    String format = "parquet";

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO-8601) for articles that do not state one.")
    @Nullable String published;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "Longest article analysed, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Override
    public Integer call() {
        JobOptions.Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "parquet" -> JobOptions.Format.PARQUET;
            case "jsonl" -> JobOptions.Format.JSONL;
            default -> throw new IllegalArgumentException("--format must be parquet or jsonl: " + format);
        };
        JobOptions options = new JobOptions(inputs, output, partitions, chosen, maxChars, published);
        if (published != null) {
            org.newsgraph.io.input.PublishedDate.require(published);
        }
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        SparkSession spark = Main.session("newsgraph analyze", master);
        try {
            long start = System.nanoTime();
            AnalyzeJob.Summary summary = AnalyzeJob.run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            long documents = summary.count(Table.DOCUMENTS);
            long errors = summary.count(Table.ERRORS);
            out.printf(Locale.ROOT, "%d documents, %d errors, %.1f s (%.2f documents/s) on %s; tables in %s%n",
                    documents, errors, seconds, documents / seconds, spark.sparkContext().master(), output);
            if (chosen == JobOptions.Format.PARQUET) {
                SparkLinkCommand.link(spark, output, partitions, out);
            }
            out.flush();
            return errors == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        } finally {
            spark.stop();
        }
    }
}
