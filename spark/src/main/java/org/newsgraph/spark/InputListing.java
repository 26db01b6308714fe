package org.newsgraph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a job: each input is a file or a directory (its article files, recursively) on
 * any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}...; a path without a scheme is
 * on the default one, usually the local disk). Files are named by their fully qualified URI and
 * listed in sorted order, so that the same inputs always make the same partitions.
 *
 * @param files    the article files, sorted
 * @param problems inputs that cannot be read, as {@code errors} rows
 */
record InputListing(List<String> files, List<TableRows.TableRow> problems) {

    /** The extensions {@code analyze} reads; in a directory, other files are skipped. */
    static final List<String> EXTENSIONS = List.of(".txt", ".json", ".jsonl", ".html", ".htm", ".warc", ".warc.gz");

    InputListing {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    static InputListing of(List<String> inputs, Configuration conf) {
        List<String> files = new ArrayList<>();
        List<TableRows.TableRow> problems = new ArrayList<>();
        for (String input : inputs) {
            try {
                List<String> found = list(new Path(input), conf);
                if (found.isEmpty()) {
                    problems.add(TableRows.error(input, null, "no " + String.join(", ", EXTENSIONS)
                            + " files in this directory"));
                }
                files.addAll(found);
            } catch (FileNotFoundException e) {
                problems.add(TableRows.error(input, null, "no such file or directory"));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(TableRows.error(input, null, "cannot list: " + e.getMessage()));
            }
        }
        return new InputListing(files.stream().distinct().sorted().toList(), problems);
    }

    private static List<String> list(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
            return List.of(fs.makeQualified(status.getPath()).toUri().toString());
        }
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(path, true);
        while (all.hasNext()) {
            LocatedFileStatus file = all.next();
            if (file.isFile() && isArticleFile(file.getPath().getName())) {
                files.add(fs.makeQualified(file.getPath()).toUri().toString());
            }
        }
        return files;
    }

    static boolean isArticleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !lower.startsWith("_") && EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
