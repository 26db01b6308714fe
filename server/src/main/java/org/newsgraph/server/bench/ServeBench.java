package org.newsgraph.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Requests every view of a running server {@code times} times over HTTP, from {@code clients}
 * clients at once (route after route), and times each answer. Ids come from the server's own API: article, actor and story pages cycle through
 * the newest articles, the most mentioned actors and the stories with the most independent sources,
 * so that one warm page does not stand for all (story routes are left out if there are no stories).
 * {@code POST /api/analyze} is left out: its time is the analyser's, which {@code bench DIR}
 * measures. Not thread-safe; one run at a time.
 */
public final class ServeBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Most untimed requests of each route before the timed ones. */
    private static final int WARM_UP = 10;

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param base the server's address, e.g. {@code http://127.0.0.1:8080} */
    public ServeBench(URI base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** {@link #run(int, int)} from one client. */
    public List<RouteTiming> run(int times) {
        return run(times, 1);
    }

    /**
     * Times every route, {@code times} requests each from {@code clients} clients at once; a warm-up
     * pass over all of them comes first and is not counted.
     *
     * @throws IllegalStateException if the store is empty or a route does not answer 200
     */
    public List<RouteTiming> run(int times, int clients) {
        if (times < 1 || clients < 1) {
            throw new IllegalArgumentException("times and clients must be positive: " + times + ", " + clients);
        }
        List<String> articles = new ArrayList<>();
        for (JsonNode article : get("/api/articles?limit=" + Math.min(times, 500)).path("items")) {
            articles.add(article.path("id").asText());
        }
        List<String> actors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode actor : get("/api/actors?limit=" + Math.min(times, 500))) {
            actors.add(actor.path("id").asText());
            names.add(actor.path("name").asText());
        }
        List<String> stories = new ArrayList<>();
        for (JsonNode story : get("/api/stories?limit=" + Math.min(times, 500))) {
            stories.add(story.path("id").asText());
        }
        if (articles.isEmpty() || actors.isEmpty()) {
            throw new IllegalStateException("the store has no articles or no actors to request");
        }
        Map<String, IntFunction<String>> routes = new LinkedHashMap<>();
        routes.put("/", i -> "/");
        routes.put("/?q={actor name}", i -> "/?q=" + encode(names.get(i % names.size())));
        routes.put("/articles/{id}", i -> "/articles/" + encodePath(articles.get(i % articles.size())));
        routes.put("/actors/{id}", i -> "/actors/" + actors.get(i % actors.size()));
        if (!stories.isEmpty()) {
            routes.put("/stories/{id}", i -> "/stories/" + stories.get(i % stories.size()));
        }
        routes.put("/network", i -> "/network");
        routes.put("/analyze", i -> "/analyze");
        routes.put("/api/articles", i -> "/api/articles");
        routes.put("/api/articles?q={word}", i -> "/api/articles?q=" + encode(names.get(i % names.size())));
        routes.put("/api/articles/{id}", i -> "/api/articles/" + encodePath(articles.get(i % articles.size())));
        routes.put("/api/actors", i -> "/api/actors");
        routes.put("/api/actors/{id}", i -> "/api/actors/" + actors.get(i % actors.size()));
        routes.put("/api/events", i -> "/api/events");
        routes.put("/api/events?actor={name}", i -> "/api/events?actor=" + encode(names.get(i % names.size())));
        routes.put("/api/stories", i -> "/api/stories");
        if (!stories.isEmpty()) {
            routes.put("/api/stories/{id}", i -> "/api/stories/" + stories.get(i % stories.size()));
        }
        routes.put("/api/conflicts", i -> "/api/conflicts");
        routes.put("/api/quotes", i -> "/api/quotes");
        routes.put("/api/quotes?speaker={name}", i -> "/api/quotes?speaker=" + encode(names.get(i % names.size())));
        routes.put("/api/search?q={name}", i -> "/api/search?q=" + encode(names.get(i % names.size())));
        routes.put("/openapi.json", i -> "/openapi.json");
        // A warm-up pass over every route first (not counted): the figures are those of a server that has
        // been running, not of its first minute of class loading and compilation.
        routes.values().forEach(path -> {
            for (int i = 0; i < Math.min(times, WARM_UP); i++) {
                fetch(path.apply(i));
            }
        });
        List<RouteTiming> timings = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            routes.forEach((route, path) -> timings.add(time(pool, route, path, times)));
        } finally {
            pool.shutdownNow();
        }
        return timings;
    }

    private RouteTiming time(ExecutorService pool, String route, IntFunction<String> path, int times) {
        List<Future<Long>> answers = new ArrayList<>();
        long wallStart = System.nanoTime();
        for (int i = 0; i < times; i++) {
            String target = path.apply(i);
            answers.add(pool.submit(() -> {
                long start = System.nanoTime();
                fetch(target);
                return System.nanoTime() - start;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        for (Future<Long> answer : answers) {
            try {
                nanos.add(answer.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while timing " + route, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(route + ": " + e.getCause(), e.getCause());
            }
        }
        return RouteTiming.of(route, nanos, System.nanoTime() - wallStart);
    }

    private JsonNode get(String path) {
        try {
            return JSON.readTree(fetch(path));
        } catch (IOException e) {
            throw new UncheckedIOException("the answer to " + path + " is not JSON", e);
        }
    }

    private String fetch(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot request " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while requesting " + path, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String segment) {
        return encode(segment).replace("+", "%20");
    }
}
