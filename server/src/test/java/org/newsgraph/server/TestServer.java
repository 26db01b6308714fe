package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/**
 * A server on a free port over an H2 store in a temporary directory, filled with {@link Docs}, and
 * an HTTP client for it. Unexpected server failures are collected in {@link #log}.
 */
final class TestServer implements AutoCloseable {

    final Path db;
    final ArticleStore store;
    final NewsgraphServer server;
    final List<String> log = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path directory, Function<Article, Doc> analyser, Doc... docs) {
        this(directory, ServerOptions.defaults().withPort(0), analyser, docs);
    }

    TestServer(Path directory, ServerOptions options, Function<Article, Doc> analyser, Doc... docs) {
        db = directory.resolve("db");
        store = Stores.open(db.toString());
        for (Doc doc : docs) {
            store.store(doc);
        }
        server = NewsgraphServer.start(options, store, () -> analyser,
                line -> {
                    synchronized (log) {
                        log.add(line);
                    }
                });
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
