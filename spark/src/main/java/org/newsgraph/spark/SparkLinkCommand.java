package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.newsgraph.spark.corpus.CorpusJob;
import org.newsgraph.spark.corpus.CorpusTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark link DIR}: the {@link CorpusJob} from the command line, over the {@code documents}
 * table that {@code spark analyze} wrote to {@code DIR} (which runs it too, after the analysis).
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the documents of a spark analyze output across articles: the actors, "
                + "near_duplicates, copies and stories tables, beside the others."})
final class SparkLinkCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The output directory of spark analyze (Parquet).")
    String output = "";

    @Option(names = "--master", paramLabel = "URL",
            description = "local[N] or spark://HOST:PORT (default: what spark-submit set, else local[*]).")
    String master = "";

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks (default: Spark's default parallelism).")
    int partitions;

    @Override
    public Integer call() {
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative: " + partitions);
        }
        requireDocuments(new Configuration(), output);
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        SparkSession spark = Main.session("newsgraph analyze", master);
        try {
            link(spark, output, partitions, out);
            return Main.EXIT_OK;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job and prints what it wrote. */
    static void link(SparkSession spark, String output, int partitions, PrintWriter out) {
        requireDocuments(spark.sparkContext().hadoopConfiguration(), output);
        long start = System.nanoTime();
        CorpusJob.Summary summary = CorpusJob.run(spark, output, partitions);
        out.printf(Locale.ROOT, "%d entities linked to actors, %d near-duplicate pairs (%d copies), %d events in stories,"
                        + " %.1f s; tables in %s%n", summary.count(CorpusTable.ACTORS),
                summary.count(CorpusTable.NEAR_DUPLICATES), summary.count(CorpusTable.COPIES),
                summary.count(CorpusTable.STORIES), (System.nanoTime() - start) / 1e9, output);
        out.flush();
    }

    /** Refuses an output directory without a Parquet {@code documents} table, saying why. */
    private static void requireDocuments(Configuration conf, String output) {
        Path documents = new Path(output, "documents");
        try {
            FileSystem fs = documents.getFileSystem(conf);
            if (!fs.exists(new Path(documents, "_SUCCESS"))) {
                throw new IllegalArgumentException("no documents table in " + output + " (run spark analyze first)");
            }
            if (fs.listStatus(documents, p -> p.getName().endsWith(".parquet")).length == 0) {
                throw new IllegalArgumentException("the documents table in " + output
                        + " is not Parquet (spark analyze --format jsonl): run spark analyze without --format jsonl");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + documents, e);
        }
    }
}
