package org.newsgraph.eval.ecbplus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.CorpusFormatException;

/**
 * The sentences ECB+'s authors annotated with care ({@code ECBplus_coreference_sentences.csv}: a
 * header, then {@code topic,file,sentence} rows such as {@code 23,1ecbplus,4}); the evaluation counts
 * only mentions in these sentences. Immutable.
 */
public final class SentenceSelection {

    private final Map<String, Set<Integer>> sentences;

    private SentenceSelection(Map<String, Set<Integer>> sentences) {
        this.sentences = Map.copyOf(sentences);
    }

    /**
     * Reads the selection file.
     *
     * @throws CorpusFormatException if a row is not {@code number,name,number}
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static SentenceSelection read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return parse(lines, csv.toString());
    }

    static SentenceSelection parse(List<String> lines, String origin) {
        Map<String, Set<Integer>> map = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("topic")) {
                continue;
            }
            String[] cols = line.split(",");
            try {
                if (cols.length != 3) {
                    throw new NumberFormatException("expected 3 columns");
                }
                String document = Integer.parseInt(cols[0].strip()) + "_" + cols[1].strip();
                map.computeIfAbsent(document, k -> new HashSet<>()).add(Integer.parseInt(cols[2].strip()));
            } catch (NumberFormatException e) {
                throw new CorpusFormatException(origin + " line " + (i + 1) + ": not topic,file,sentence: " + line);
            }
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return new SentenceSelection(map);
    }

    /** True if sentence {@code sentence} of document {@code name} (e.g. "23_1ecbplus") is selected. */
    public boolean contains(String name, int sentence) {
        Set<Integer> selected = sentences.get(name);
        return selected != null && selected.contains(sentence);
    }

    /** True if the document has at least one selected sentence. */
    public boolean covers(String name) {
        return sentences.containsKey(name);
    }

    /** The number of selected sentences. */
    public int size() {
        return sentences.values().stream().mapToInt(Set::size).sum();
    }
}
