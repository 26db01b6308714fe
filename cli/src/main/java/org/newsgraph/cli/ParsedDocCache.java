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
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.attribution.AttributionExtractor;

/**
 * Documents analysed up to a stage (the attribution stage for {@code eval polnear}, the roles
 * stage for {@code eval gum}), kept on disk as gzipped JSON of the model records, one file per
 * article id, so that the later stages can be re-run and re-scored in seconds. An entry is valid only for the text it was made from: a text that differs is analysed
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
        return split(analyzer, AttributionExtractor.class, false).head();
    }

    /**
     * An analyser's stages in two: the head, up to its first stage of type {@code at} (that stage
     * included or not), and the rest, given what the head provides.
     *
     * @param head the stages a cached document has been through
     * @param rest the stages run on each cached document
     */
    record Split(Pipeline head, Pipeline rest) {
    }

    static Split split(Analyzer analyzer, Class<? extends Stage> at, boolean included) {
        List<Stage> stages = analyzer.pipeline().stages();
        for (int i = 0; i < stages.size(); i++) {
            if (at.isInstance(stages.get(i))) {
                int end = included ? i + 1 : i;
                Pipeline.Builder head = Pipeline.builder("cached");
                stages.subList(0, end).forEach(head::add);
                Pipeline built = head.build();
                Pipeline.Builder rest = Pipeline.builder("after-cache").given(built.provides().toArray(Facet[]::new));
                stages.subList(end, stages.size()).forEach(rest::add);
                return new Split(built, rest.build());
            }
        }
        throw new IllegalStateException("the pipeline has no " + at.getSimpleName() + " stage");
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
