package org.newsgraph.eval.gum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.model.Span;

/**
 * Reads GUM documents from CoNLL-U files whose MISC column carries {@code Entity=} annotations in
 * the CorefUD bracket format, e.g. {@code Entity=(3-organization-new-sssss-cf1-5-coref-Afghan_Girls_Robotics_Team}
 * opening a mention of entity 3 and {@code Entity=3)} closing it. The {@code # global.Entity}
 * header names the dash-separated fields; GUM's is {@code GRP-etype-infstat-salience-centering-minspan-link-identity}.
 *
 * <p>The text is rebuilt from the syntactic words: words are joined with a space unless {@code
 * SpaceAfter=No} (a multi-word token such as {@code Trump's} is written without spaces inside),
 * each sentence goes on its own line and each paragraph ({@code # newpar}) after a blank line.
 * Stateless and thread-safe; malformed input raises {@link CorpusFormatException} naming file and line.
 */
public final class GumReader {

    private static final List<String> GUM_ENTITY_FIELDS =
            List.of("GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity");

    private GumReader() {
    }

    /**
     * Every document of a GUM folder: the {@code *.conllu} files of {@code dir/dep}, or of {@code dir}
     * itself if it has no {@code dep} folder, in file-name order.
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    public static List<GumDocument> readDirectory(Path dir) {
        Path dep = Files.isDirectory(dir.resolve("dep")) ? dir.resolve("dep") : dir;
        List<Path> files;
        try (Stream<Path> listing = Files.list(dep)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dep, e);
        }
        List<GumDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.addAll(read(file));
        }
        return documents;
    }

    /** The documents of one CoNLL-U file. */
    public static List<GumDocument> read(Path file) {
        try {
            String name = file.getFileName().toString();
            return parse(Files.readString(file, StandardCharsets.UTF_8), name.substring(0, name.length() - ".conllu".length()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses CoNLL-U text holding one or more documents ({@code # newdoc id = ...}).
     *
     * @param source the file's name, used in error messages and as the id of a document that has
     *               no {@code newdoc id}
     */
    public static List<GumDocument> parse(String conllu, String source) {
        List<GumDocument> documents = new ArrayList<>();
        DocumentBuilder doc = new DocumentBuilder(source, GUM_ENTITY_FIELDS);
        String[] lines = conllu.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String where = source + ":" + (n + 1);
            if (line.startsWith("# newdoc id")) {
                if (doc.hasWords()) {
                    documents.add(doc.build(where));
                }
                doc = new DocumentBuilder(value(line), doc.entityFields);
            } else if (line.startsWith("# global.Entity")) {
                doc.entityFields = List.of(value(line).split("-"));
            } else if (line.startsWith("# newpar")) {
                doc.newParagraph = true;
            } else if (line.isBlank()) {
                doc.endSentence(where);
            } else if (!line.startsWith("#")) {
                doc.addLine(line.split("\t", -1), where);
            }
        }
        if (doc.hasWords()) {
            documents.add(doc.build(source + ":" + lines.length));
        }
        return documents;
    }

    private static String value(String commentLine) {
        int eq = commentLine.indexOf('=');
        return eq < 0 ? "" : commentLine.substring(eq + 1).trim();
    }

    /** A mention whose brackets have been read, before its head is known. */
    private record RawMention(int first, int end, String entity, String type, @Nullable String identity) {
    }

    /** An open bracket waiting for its close. */
    private record Open(int first, String type, @Nullable String identity) {
    }

    /** Accumulates one document; not thread-safe, lives only inside {@link #parse}. */
    private static final class DocumentBuilder {
        private final String id;
        private List<String> entityFields;
        private boolean newParagraph;
        private final StringBuilder text = new StringBuilder();
        private final List<GumWord> words = new ArrayList<>();
        private final List<int[]> sentenceHeads = new ArrayList<>();
        private final List<RawMention> mentions = new ArrayList<>();
        private final Map<String, Deque<Open>> open = new HashMap<>();
        private int sentence;
        private int sentenceFirst = -1;
        private boolean spaceBefore;
        private int tokenEnd = -1;
        private boolean tokenSpaceAfter = true;

        DocumentBuilder(String id, List<String> entityFields) {
            this.id = id;
            this.entityFields = entityFields;
        }

        boolean hasWords() {
            return !words.isEmpty();
        }

        void addLine(String[] cols, String where) {
            if (cols.length != 10) {
                throw new CorpusFormatException(where + ": expected 10 tab-separated columns, found " + cols.length);
            }
            String wordId = cols[0];
            if (wordId.contains(".")) {
                return;
            }
            int dash = wordId.indexOf('-');
            if (dash > 0) {
                tokenEnd = parseInt(wordId.substring(dash + 1), where);
                tokenSpaceAfter = !cols[9].contains("SpaceAfter=No");
                return;
            }
            int local = parseInt(wordId, where);
            if (sentenceFirst < 0) {
                sentenceFirst = words.size();
                if (!text.isEmpty()) {
                    text.append(newParagraph ? "\n\n" : "\n");
                }
                newParagraph = false;
            } else if (spaceBefore) {
                text.append(' ');
            }
            if (local != words.size() - sentenceFirst + 1) {
                throw new CorpusFormatException(where + ": word id " + local + " out of sequence");
            }
            int start = text.length();
            text.append(cols[1]);
            int headLocal = parseInt(cols[6], where);
            int head = headLocal == 0 ? -1 : sentenceFirst + headLocal - 1;
            words.add(new GumWord(words.size(), sentence, start, text.length(), cols[1], cols[4], head));
            if (local < tokenEnd) {
                spaceBefore = false;
            } else if (local == tokenEnd) {
                spaceBefore = tokenSpaceAfter;
            } else {
                spaceBefore = !cols[9].contains("SpaceAfter=No");
            }
            readEntities(cols[9], words.size() - 1, where);
        }

        void endSentence(String where) {
            if (sentenceFirst < 0) {
                return;
            }
            for (int w = sentenceFirst; w < words.size(); w++) {
                if (words.get(w).head() >= words.size()) {
                    throw new CorpusFormatException(where + ": head of word " + (w - sentenceFirst + 1)
                            + " is outside its sentence");
                }
            }
            sentence++;
            sentenceFirst = -1;
            spaceBefore = false;
            tokenEnd = -1;
        }

        private void readEntities(String misc, int word, String where) {
            String value = null;
            for (String attribute : misc.split("\\|")) {
                if (attribute.startsWith("Entity=")) {
                    value = attribute.substring("Entity=".length());
                }
            }
            if (value == null) {
                return;
            }
            int i = 0;
            while (i < value.length()) {
                if (value.charAt(i) == '(') {
                    int stop = i + 1;
                    while (stop < value.length() && value.charAt(stop) != '(' && value.charAt(stop) != ')') {
                        stop++;
                    }
                    String[] fields = value.substring(i + 1, stop).split("-");
                    String entity = field(fields, "GRP", where);
                    if (entity.contains("[")) {
                        throw new CorpusFormatException(where + ": discontinuous mentions are not supported: " + entity);
                    }
                    String type = field(fields, "etype", where);
                    int identityIndex = entityFields.indexOf("identity");
                    String identity = identityIndex >= 0 && identityIndex < fields.length
                            && !fields[identityIndex].isEmpty() ? fields[identityIndex] : null;
                    open.computeIfAbsent(entity, k -> new ArrayDeque<>()).push(new Open(word, type, identity));
                    if (stop < value.length() && value.charAt(stop) == ')') {
                        close(entity, word, where);
                        stop++;
                    }
                    i = stop;
                } else {
                    int stop = value.indexOf(')', i);
                    if (stop < 0) {
                        throw new CorpusFormatException(where + ": unbalanced Entity value " + value);
                    }
                    close(value.substring(i, stop), word, where);
                    i = stop + 1;
                }
            }
        }

        private String field(String[] fields, String name, String where) {
            int index = entityFields.indexOf(name);
            if (index < 0 || index >= fields.length || fields[index].isEmpty()) {
                throw new CorpusFormatException(where + ": Entity annotation lacks its " + name + " field");
            }
            return fields[index];
        }

        private void close(String entity, int word, String where) {
            Deque<Open> stack = open.get(entity);
            if (stack == null || stack.isEmpty()) {
                throw new CorpusFormatException(where + ": entity " + entity + " closed but not open");
            }
            Open o = stack.pop();
            mentions.add(new RawMention(o.first(), word + 1, entity, o.type(), o.identity()));
        }

        GumDocument build(String where) {
            endSentence(where);
            open.forEach((entity, stack) -> {
                if (!stack.isEmpty()) {
                    throw new CorpusFormatException(where + ": entity " + entity + " of document " + id
                            + " opened but never closed");
                }
            });
            String docText = text.toString();
            List<GumMention> result = new ArrayList<>();
            mentions.stream()
                    .sorted(Comparator.comparingInt(RawMention::first).thenComparing(m -> -m.end()))
                    .forEach(m -> result.add(toMention(m, docText)));
            return new GumDocument(id, docText, words, result);
        }

        private GumMention toMention(RawMention m, String docText) {
            int head = m.end() - 1;
            for (int w = m.first(); w < m.end(); w++) {
                int governor = words.get(w).head();
                if (governor < m.first() || governor >= m.end()) {
                    head = w;
                    break;
                }
            }
            GumWord first = words.get(m.first());
            GumWord last = words.get(m.end() - 1);
            GumWord headWord = words.get(head);
            return new GumMention(Span.of(docText, first.start(), last.end()), m.first(), m.end(), head,
                    Span.of(docText, headWord.start(), headWord.end()), m.entity(), m.type(),
                    headWord.isProperNoun(), m.identity());
        }

        private static int parseInt(String s, String where) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new CorpusFormatException(where + ": not a number: " + s);
            }
        }
    }
}
