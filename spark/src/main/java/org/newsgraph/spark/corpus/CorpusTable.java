package org.newsgraph.spark.corpus;

import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The cross-article tables, each with its Spark schema. Rows are partitioned by their first column
 * and sorted by all, so that a re-run writes the same files.
 */
public enum CorpusTable {
    /** Each linked entity's actor, and the Wikipedia page title the actor shows (null if none). */
    ACTORS(field("document_id"), field("entity_id"), field("actor_id", DataTypes.LongType), field("actor_type"),
            field("actor_name"), field("name_key"), field("actor_link")),
    /** Each pair of near-duplicate documents: the later one, the earlier one, their estimated similarity. */
    NEAR_DUPLICATES(field("document_id"), field("duplicate_of"), field("similarity", DataTypes.DoubleType)),
    /** Each near-duplicate document and the original it copies, as the store's {@code copy_of}. */
    COPIES(field("document_id"), field("copy_of")),
    /** Each event's story. */
    STORIES(field("document_id"), field("event_id"), field("story_id", DataTypes.LongType), field("event_type"),
            field("event_day"), field("score", DataTypes.DoubleType));

    private final StructType schema;

    CorpusTable(StructField... fields) {
        this.schema = new StructType(fields);
    }

    /** The directory name under the output directory, e.g. {@code near_duplicates}. */
    public String directory() {
        return name().toLowerCase(Locale.ROOT);
    }

    public StructType schema() {
        return schema;
    }

    private static StructField field(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
