package org.newsgraph.eval.ecbplus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.newsgraph.eval.CorpusFormatException;

/**
 * The documents of some ECB+ topics that have selected sentences, with the selection.
 *
 * @param documents documents in topic order, then file-name order
 * @param selection the sentences to evaluate
 */
public record EcbplusCorpus(List<EcbDocument> documents, SentenceSelection selection) {

    public EcbplusCorpus {
        documents = List.copyOf(documents);
        Objects.requireNonNull(selection, "selection");
    }

    /**
     * Reads an ECB+ release folder: {@code ECBplus_coreference_sentences.csv} and the topic folders
     * (numbered directories in {@code DIR/ECB+} or in {@code DIR} itself).
     *
     * @throws CorpusFormatException if the selection file is missing or a file is malformed
     */
    public static EcbplusCorpus read(Path dir, TopicRange topics) {
        Path csv = dir.resolve("ECBplus_coreference_sentences.csv");
        if (!Files.isRegularFile(csv)) {
            throw new CorpusFormatException(dir + " is not an ECB+ release: it has no ECBplus_coreference_sentences.csv");
        }
        SentenceSelection selection = SentenceSelection.read(csv);
        Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
        List<EcbDocument> documents = new ArrayList<>();
        for (int topic = topics.first(); topic <= topics.last(); topic++) {
            Path folder = root.resolve(Integer.toString(topic));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : xmlFiles(folder)) {
                String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
                if (selection.covers(name)) {
                    documents.add(EcbplusReader.read(file));
                }
            }
        }
        return new EcbplusCorpus(documents, selection);
    }

    private static List<Path> xmlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
