package org.newsgraph.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.eval.CorpusFormatException;

/**
 * Reads a PolNeAR split: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME_ANNOTATOR.ann}
 * (brat standoff: {@code T} lines with Source, Cue, Content spans, {@code E} lines tying them into
 * relations). Where several annotators annotated an article, the first file in name order is used.
 */
public final class PolnearReader {

    private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private PolnearReader() {
    }

    /**
     * The documents of a split, in file-name order.
     *
     * @throws CorpusFormatException if the folder lacks text/ or attributions/, or a file is malformed
     */
    public static List<PolnearDocument> read(Path dir, int limit) {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new CorpusFormatException(dir + " is not a PolNeAR split: it needs text/ and attributions/ folders");
        }
        List<Path> annotations = list(annDir, ".ann");
        List<PolnearDocument> docs = new ArrayList<>();
        for (Path textFile : list(textDir, ".txt")) {
            if (docs.size() >= limit) {
                break;
            }
            String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Optional<Path> ann = annotations.stream()
                    .filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst();
            if (ann.isEmpty()) {
                continue;
            }
            String text = readString(textFile);
            Matcher date = DATE.matcher(id);
            docs.add(new PolnearDocument(id, text, date.find() ? date.group(1) : null, parse(ann.get(), text.length())));
        }
        return docs;
    }

    /** Parses a brat .ann file into relations. */
    static List<GoldAttribution> parse(Path ann, int textLength) {
        Map<String, String> types = new HashMap<>();
        Map<String, GoldSpan> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        int lineNo = 0;
        for (String line : readString(ann).split("\n")) {
            lineNo++;
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            try {
                if (cols[0].startsWith("T")) {
                    int space = cols[1].indexOf(' ');
                    types.put(cols[0], cols[1].substring(0, space));
                    List<int[]> fragments = new ArrayList<>();
                    for (String part : cols[1].substring(space + 1).split(";")) {
                        String[] se = part.trim().split(" ");
                        int start = Integer.parseInt(se[0]);
                        int end = Integer.parseInt(se[1]);
                        if (end > textLength || start > end) {
                            throw new CorpusFormatException(ann + ":" + lineNo + ": span " + start + "-" + end
                                    + " outside the text");
                        }
                        fragments.add(new int[] {start, end});
                    }
                    spans.put(cols[0], new GoldSpan(fragments));
                } else if (cols[0].startsWith("E")) {
                    relations.add(cols[1].split(" "));
                }
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new CorpusFormatException(ann + ":" + lineNo + ": malformed line: " + line);
            }
        }
        List<GoldAttribution> result = new ArrayList<>();
        for (String[] relation : relations) {
            GoldSpan source = null;
            GoldSpan cue = null;
            GoldSpan content = null;
            for (int i = 1; i < relation.length; i++) {
                String[] roleId = relation[i].split(":");
                if (roleId.length != 2) {
                    continue;
                }
                GoldSpan span = spans.get(roleId[1]);
                switch (roleId[0]) {
                    case "Source" -> source = span;
                    case "Cue" -> cue = span;
                    case "Content" -> content = span;
                    default -> { }
                }
            }
            if (content != null) {
                result.add(new GoldAttribution(source, cue, content));
            }
        }
        return result;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
