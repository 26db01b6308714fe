package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.SharedAnalyzers;
import org.newsgraph.pipeline.StageException;

/**
 * Analyses the input files of one partition, one file after another, into staging rows
 * ({@code table, key, json}; see {@link TableRows}). A file on a {@code file:} path is read in place;
 * one on another file system is copied to a local temporary file first, since the readers (WARC
 * included) read local files. Every per-article failure, and a file that cannot be read, becomes an
 * {@code errors} row; only a failure to load the models fails the task.
 */
final class PartitionAnalysis implements FlatMapFunction<Iterator<String>, Row>, Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> hadoop;
    private final int maxChars;
    private final @Nullable String published;

    /**
     * @param hadoop    the driver's Hadoop configuration (credentials and file-system settings)
     * @param published publication date for articles that state none, or null
     */
    PartitionAnalysis(Map<String, String> hadoop, int maxChars, @Nullable String published) {
        this.hadoop = new HashMap<>(hadoop);
        this.maxChars = maxChars;
        this.published = published;
    }

    @Override
    public Iterator<Row> call(Iterator<String> files) {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        return new Rows(files, conf);
    }

    /** The rows of the files, computed one file at a time. */
    private final class Rows implements Iterator<Row> {

        private final Iterator<String> files;
        private final Configuration conf;
        private Iterator<Row> current = Collections.emptyIterator();

        Rows(Iterator<String> files, Configuration conf) {
            this.files = files;
            this.conf = conf;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && files.hasNext()) {
                current = rowsOf(files.next(), conf).iterator();
            }
            return current.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    List<Row> rowsOf(String file, Configuration conf) {
        URI uri = URI.create(file);
        if ("file".equals(uri.getScheme())) {
            return analyse(file, Path.of(uri));
        }
        Path local = null;
        try {
            local = copyToLocal(uri, conf);
            return analyse(file, local);
        } catch (IOException e) {
            return List.of(row(TableRows.error(file, null, "cannot read: " + e.getMessage())));
        } finally {
            if (local != null) {
                deleteTree(local.getParent());
            }
        }
    }

    private List<Row> analyse(String file, Path local) {
        List<Row> rows = new ArrayList<>();
        InputReader reader = new InputReader(new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, published),
                InputStream::nullInputStream);
        String localName = local.toString();
        try (Stream<InputItem> items = reader.read(List.of(localName))) {
            items.forEach(item -> {
                // Names start with the local path; errors name the input as the user gave it.
                String name = item.name().startsWith(localName) ? file + item.name().substring(localName.length())
                        : item.name();
                if (item instanceof InputItem.Failed failed) {
                    rows.add(row(TableRows.error(name, null, failed.reason())));
                } else {
                    InputItem.Loaded loaded = (InputItem.Loaded) item;
                    analyse(name, loaded, rows);
                }
            });
        } catch (UncheckedIOException e) {
            rows.add(row(TableRows.error(file, null, String.valueOf(e.getMessage()))));
        }
        return rows;
    }

    private void analyse(String name, InputItem.Loaded loaded, List<Row> rows) {
        // Outside the try: models that cannot load are an infrastructure failure that fails the task.
        // One analyser per executor JVM, never serialised: tasks carry the configuration.
        Analyzer analyzer = SharedAnalyzers.get(AnalyzerConfig.defaults().withMaxChars(maxChars));
        String id = loaded.article().id();
        try {
            Doc doc = analyzer.analyze(loaded.article());
            TableRows.of(doc).forEach(r -> rows.add(row(r)));
        } catch (RejectedInputException | StageException e) {
            rows.add(row(TableRows.error(name, id, String.valueOf(e.getMessage()))));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            rows.add(row(TableRows.error(name, id, "internal error: " + message)));
        }
    }

    private static Row row(TableRows.TableRow r) {
        return RowFactory.create(r.table().directory(), r.key(), r.json());
    }

    /** A copy of {@code uri} in a fresh temporary directory, under the same file name (its extension picks the reader). */
    private static Path copyToLocal(URI uri, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        Path dir = Files.createTempDirectory("newsgraph-spark-");
        Path local = dir.resolve(remote.getName());
        FileSystem fs = remote.getFileSystem(conf);
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    private static void deleteTree(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary file left behind is not worth failing the task for.
        }
    }
}
