package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code spark analyze} job: lists the inputs, analyses them in partitions (one analyser per
 * executor JVM), writes the rows to a staging directory under the output, then each {@link Table}
 * from it, and removes the staging directory.
 *
 * <p>Idempotent: the same inputs always make the same partitions (files sorted), rows are
 * partitioned by document id and sorted, and every directory is written in overwrite mode, so a
 * re-run, or a run after one killed half way, leaves the tables of one clean run.
 */
final class AnalyzeJob {

    /** Where the analysed rows wait before they are split into tables. */
    static final String STAGING = "staging-in-progress";

    private static final StructType STAGING_SCHEMA = new StructType()
            .add("table", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false);

    /** Rows per table of one run. */
    record Summary(Map<Table, Long> rows) {
        Summary {
            rows = Map.copyOf(rows);
        }

        long count(Table table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    private AnalyzeJob() {
    }

    static Summary run(SparkSession spark, JobOptions options) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        InputListing listing = InputListing.of(options.inputs(), conf);
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(entry -> hadoop.put(entry.getKey(), entry.getValue()));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = partitions(options, listing.files().size(), context.defaultParallelism());

        JavaRDD<Row> analysed = context.parallelize(listing.files(), partitions)
                .mapPartitions(new PartitionAnalysis(hadoop, options.maxChars(), options.published()));
        List<Row> problems = listing.problems().stream()
                .map(p -> RowFactory.create(p.table().directory(), p.key(), p.json())).toList();
        Dataset<Row> rows = spark.createDataFrame(analysed, STAGING_SCHEMA)
                .union(spark.createDataFrame(problems, STAGING_SCHEMA));
        String staging = new Path(options.output(), STAGING).toString();
        rows.write().mode(SaveMode.Overwrite).parquet(staging);

        Dataset<Row> staged = spark.read().schema(STAGING_SCHEMA).parquet(staging);
        Map<Table, Long> counts = new EnumMap<>(Table.class);
        for (Row count : staged.groupBy("table").count().collectAsList()) {
            counts.put(Table.valueOf(count.getString(0).toUpperCase(java.util.Locale.ROOT)), count.getLong(1));
        }
        if (options.format() == JobOptions.Format.PARQUET) {
            for (Table table : Table.values()) {
                write(table(staged, table).repartition(partitions, col(table.key())), table)
                        .parquet(new Path(options.output(), table.directory()).toString());
            }
        } else {
            Dataset<Row> documents = table(staged, Table.DOCUMENTS);
            documents.select(col(Table.DOCUMENTS.key()), col("document")).repartition(partitions, col("id"))
                    .sortWithinPartitions("id", "document").select("document").write().mode(SaveMode.Overwrite)
                    .text(new Path(options.output(), Table.DOCUMENTS.directory()).toString());
            write(table(staged, Table.ERRORS).repartition(1), Table.ERRORS)
                    .json(new Path(options.output(), Table.ERRORS.directory()).toString());
        }
        delete(conf, new Path(staging));
        return new Summary(counts);
    }

    static int partitions(JobOptions options, int files, int parallelism) {
        if (options.partitions() > 0) {
            return options.partitions();
        }
        // Several tasks per core even up: an article takes from 0.1 s to a minute.
        return Math.max(1, Math.min(files, 4 * parallelism));
    }

    /** The rows of one table, typed by its schema. */
    static Dataset<Row> table(Dataset<Row> staged, Table table) {
        return staged.filter(col("table").equalTo(table.directory()))
                .select(from_json(col("json"), table.schema()).as("row"))
                .select("row.*");
    }

    private static org.apache.spark.sql.DataFrameWriter<Row> write(Dataset<Row> rows, Table table) {
        Column[] order = Arrays.stream(table.schema().fieldNames()).map(name -> col(name)).toArray(Column[]::new);
        return rows.sortWithinPartitions(order).write().mode(SaveMode.Overwrite);
    }

    private static void delete(Configuration conf, Path path) {
        try {
            path.getFileSystem(conf).delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }
}
