package org.newsgraph.cli.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The {@value #COLUMN} column of one Parquet file of the {@code documents} table that {@code spark
 * analyze} writes: the document@1 JSON of each row, read from the local file without Spark or a
 * Hadoop file system (Snappy, gzip and zstd pages, as Spark writes them). Stateless.
 */
final class ParquetDocuments {

    /** The column that holds the document@1 JSON. */
    static final String COLUMN = "document";

    private ParquetDocuments() {
    }

    /**
     * Hands the JSON of each row that has one to {@code sink}, with its row number (from 1), in file order.
     *
     * @throws IOException if the file cannot be read, is no Parquet file, or has no {@value #COLUMN} string column
     */
    static void read(Path file, BiConsumer<Long, String> sink) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            if (!schema.containsField(COLUMN) || !schema.getType(COLUMN).isPrimitive()) {
                throw new IOException("no " + COLUMN + " column: not a documents table of spark analyze");
            }
            MessageType projection = Types.buildMessage().addField(schema.getType(COLUMN)).named(schema.getName());
            reader.setRequestedSchema(projection);
            long row = 0;
            for (PageReadStore pages = reader.readNextRowGroup(); pages != null; pages = reader.readNextRowGroup()) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(projection, schema)
                        .getRecordReader(pages, new GroupRecordConverter(projection));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    Group group = records.read();
                    row++;
                    if (group.getFieldRepetitionCount(COLUMN) > 0) {
                        sink.accept(row, group.getString(COLUMN, 0));
                    }
                }
            }
        } catch (RuntimeException e) {
            // Parquet reports a corrupt or foreign file with unchecked exceptions.
            throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
