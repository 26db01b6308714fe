package org.newsgraph.spark.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the driver makes, per table, appended to Parquet under a staging directory every
 * {@code chunk} rows, so that the driver holds at most {@code chunk} rows of a table, however
 * many it makes. {@link #read} gives a table's rows back as a dataset (not in memory). Not
 * thread-safe.
 */
final class RowSpill {

    private final SparkSession spark;
    private final String staging;
    private final int chunk;
    private final Map<CorpusTable, List<Row>> pending = new EnumMap<>(CorpusTable.class);
    private final Map<CorpusTable, Long> counts = new EnumMap<>(CorpusTable.class);

    /** Spills to {@code staging}, which must not hold an earlier run's rows (the caller clears it). */
    RowSpill(SparkSession spark, String staging, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        this.spark = spark;
        this.staging = staging;
        this.chunk = chunk;
    }

    /** Adds a row of {@code table}, in its staging schema {@code schema}. */
    void add(CorpusTable table, Row row, StructType schema) {
        List<Row> rows = pending.computeIfAbsent(table, t -> new ArrayList<>());
        rows.add(row);
        counts.merge(table, 1L, Long::sum);
        if (rows.size() >= chunk) {
            flush(table, schema);
        }
    }

    /** Writes the rows still held for {@code table} (an empty table is still written, so it can be read). */
    void flush(CorpusTable table, StructType schema) {
        List<Row> rows = pending.getOrDefault(table, List.of());
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Append).parquet(directory(table));
        pending.remove(table);
    }

    /** The rows added for {@code table}; call {@link #flush} first. */
    Dataset<Row> read(CorpusTable table, StructType schema) {
        return spark.read().schema(schema).parquet(directory(table));
    }

    /** How many rows were added for {@code table}. */
    long count(CorpusTable table) {
        return counts.getOrDefault(table, 0L);
    }

    private String directory(CorpusTable table) {
        return new Path(staging, table.directory()).toString();
    }
}
