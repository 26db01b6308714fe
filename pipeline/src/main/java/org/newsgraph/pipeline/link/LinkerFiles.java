package org.newsgraph.pipeline.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the linker's files are: the index ({@code aliases.idx} in {@code $NEWSGRAPH_LINKER_DIR}, by
 * default {@code ~/.cache/newsgraph/linker}) and its default source, CoreNLP's WikiDict
 * ({@value #WIKIDICT_ENTRY}, about 21 million rows) inside the
 * {@code edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp} jar in the local Maven
 * repository. That jar (227 MB) is no build dependency; fetch it once with
 * {@value #FETCH_HINT}.
 */
public final class LinkerFiles {

    public static final String WIKIDICT_ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    /** Rows of WikiDict in CoreNLP 4.5.10, for a build's progress. */
    public static final long WIKIDICT_ROWS = 20_948_089L;
    public static final String FETCH_HINT =
            "./mvnw dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp";

    private LinkerFiles() {
    }

    /** The index directory: {@code $NEWSGRAPH_LINKER_DIR} or {@code ~/.cache/newsgraph/linker}. */
    public static Path defaultDirectory() {
        String set = System.getenv("NEWSGRAPH_LINKER_DIR");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "newsgraph", "linker");
    }

    public static Path index(Path directory) {
        return directory.resolve("aliases.idx");
    }

    /** The kbp models jar in the local Maven repository (it may not be there). */
    public static Path defaultKbpJar() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "edu", "stanford", "nlp",
                "stanford-corenlp", "4.5.10", "stanford-corenlp-4.5.10-models-english-kbp.jar");
    }

    /** Builds the index in {@code directory} from WikiDict inside {@code kbpJar}. */
    public static AliasIndexBuilder.Summary buildFromKbp(Path kbpJar, Path directory, AliasIndexBuilder.Progress progress) {
        if (!Files.isRegularFile(kbpJar)) {
            throw new IllegalArgumentException("no CoreNLP kbp models jar at " + kbpJar + "; fetch it with " + FETCH_HINT);
        }
        try (ZipFile jar = new ZipFile(kbpJar.toFile())) {
            ZipEntry entry = jar.getEntry(WIKIDICT_ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(kbpJar + " has no " + WIKIDICT_ENTRY);
            }
            try (BufferedReader table = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(jar.getInputStream(entry), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                return AliasIndexBuilder.build(table, index(directory), progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kbpJar + ": " + e.getMessage(), e);
        }
    }

    /** Builds the index in {@code directory} from a TSV alias table ({@code .gz} is decompressed). */
    public static AliasIndexBuilder.Summary buildFromTable(Path table, Path directory, AliasIndexBuilder.Progress progress) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                table.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(table), 1 << 16)
                        : Files.newInputStream(table), StandardCharsets.UTF_8), 1 << 16)) {
            return AliasIndexBuilder.build(reader, index(directory), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }
}
