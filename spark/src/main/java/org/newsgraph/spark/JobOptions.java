package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.AnalyzerConfig;

/**
 * What an {@link AnalyzeJob} reads and writes.
 *
 * @param inputs     files or directories on any Hadoop file system
 * @param output     the output directory; its table directories are replaced
 * @param partitions how many tasks analyse the inputs; 0 picks one from the input count and the
 *                   cluster's parallelism
 * @param format     Parquet tables or document@1 JSON lines
 * @param maxChars   longest article analysed
 * @param published  publication date for articles that state none, or null
 */
record JobOptions(List<String> inputs, String output, int partitions, Format format, int maxChars,
                  @Nullable String published) implements Serializable {

    /** The output format. */
    enum Format { PARQUET, JSONL }

    JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative: " + partitions);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("--max-chars must be positive: " + maxChars);
        }
    }

    static JobOptions of(List<String> inputs, String output) {
        return new JobOptions(inputs, output, 0, Format.PARQUET, AnalyzerConfig.DEFAULT_MAX_CHARS, null);
    }

    JobOptions withPartitions(int newPartitions) {
        return new JobOptions(inputs, output, newPartitions, format, maxChars, published);
    }

    JobOptions withFormat(Format newFormat) {
        return new JobOptions(inputs, output, partitions, newFormat, maxChars, published);
    }
}
