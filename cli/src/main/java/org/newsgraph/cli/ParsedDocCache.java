package org.newsgraph.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.attribution.AttributionExtractor;

/**
 * Documents analysed up to (not including) the attribution stage, kept on disk as gzipped JSON of
 * the model records, one file per article id, so that attribution can be re-run and re-scored in
 * seconds. An entry is valid only for the text it was made from: a text that differs is analysed
 * again. Thread-safe (each article has its own file; writes go through a temporary file).
 */
final class ParsedDocCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path directory;

    ParsedDocCache(Path directory) {
        this.directory = directory;
    }

    /** The stages of {@code analyzer} before its attribution stage. */
    static Pipeline beforeAttribution(Analyzer analyzer) {
        Pipeline.Builder b = Pipeline.builder("before-attribution");
        for (Stage s : analyzer.pipeline().stages()) {
            if (s instanceof AttributionExtractor) {
                return b.build();
            }
            b.add(s);
        }
        throw new IllegalStateException("the pipeline has no attribution stage");
    }

    /** The cached document for {@code article}, or one analysed by {@code upTo} and stored. */
    Doc get(Article article, java.util.function.Supplier<Pipeline> upTo) {
        Doc cached = read(article);
        if (cached != null) {
            return cached;
        }
        if (article.text().isBlank()) {
            throw new RejectedInputException("the text is empty");
        }
        Doc doc = upTo.get().apply(Doc.of(article));
        write(article.id(), doc);
        return doc;
    }

    private Path file(String id) {
        return directory.resolve(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".json.gz");
    }

    private @Nullable Doc read(Article article) {
        Path f = file(article.id());
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            Doc doc = JSON.readValue(in, Doc.class);
            return doc.text().equals(article.text()) ? doc.withArticle(article) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void write(String id, Doc doc) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "doc", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                JSON.writeValue(out, doc);
            }
            Files.move(tmp, file(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache in " + directory, e);
        }
    }

}
