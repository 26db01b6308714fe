package org.newsgraph.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.io.output.EventCsvWriter;

/**
 * The tables the job writes, each with its Spark schema. Offsets ({@code start}, {@code end}) are
 * UTF-16 code units into the article text, as in document@1. Every table but {@code errors} has a
 * {@code document_id} column; rows are partitioned by it and sorted by it, then by their other
 * columns, so that a re-run writes the same files.
 */
enum Table {
    DOCUMENTS(field("id"), field("url"), field("source"), field("published"), field("title"), field("language"),
            field("text_sha256"), field("document")),
    ENTITIES(field("document_id"), field("entity_id"), field("type"), field("name"),
            field("mention_count", DataTypes.IntegerType)),
    MENTIONS(field("document_id"), field("entity_id"), field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType), field("text"), field("kind")),
    ROLES(field("document_id"), field("entity_id"), field("title"), field("of"),
            field("evidence_start", DataTypes.IntegerType), field("evidence_end", DataTypes.IntegerType),
            field("evidence")),
    ATTRIBUTIONS(field("document_id"), field("attribution_id"), field("kind"), field("certainty"),
            field("content_start", DataTypes.IntegerType), field("content_end", DataTypes.IntegerType),
            field("content"), field("cue"), field("source_kind"), field("source_entity"), field("source_text")),
    EVENTS(eventFields()),
    EVENT_ACTORS(field("document_id"), field("event_id"), field("role"), field("entity_id"),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("text"),
            field("affiliation"), field("country")),
    QUANTITIES(field("document_id"), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text"), field("kind"), field("value", DataTypes.DoubleType), field("unit"),
            field("normalized_value", DataTypes.DoubleType), field("normalized_unit"), field("about"),
            field("approximate", DataTypes.BooleanType)),
    TIMEXES(field("document_id"), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text"), field("type"), field("value")),
    ERRORS(field("input"), field("id"), field("reason"));

    private final StructType schema;

    Table(StructField... fields) {
        this.schema = new StructType(fields);
    }

    /** The directory name under the output directory, e.g. {@code event_actors}. */
    String directory() {
        return name().toLowerCase(Locale.ROOT);
    }

    StructType schema() {
        return schema;
    }

    /** The column rows are partitioned by. */
    String key() {
        return schema.fields()[0].name();
    }

    private static StructField field(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** The columns of {@code events-csv} plus {@code event_id}; offsets as integers. */
    private static StructField[] eventFields() {
        List<String> columns = EventCsvWriter.COLUMNS;
        StructField[] fields = new StructField[columns.size() + 1];
        fields[0] = field(columns.get(0));
        fields[1] = field("event_id");
        for (int i = 1; i < columns.size(); i++) {
            String column = columns.get(i);
            fields[i + 1] = column.endsWith("_start") || column.endsWith("_end")
                    ? field(column, DataTypes.IntegerType) : field(column);
        }
        return fields;
    }
}
