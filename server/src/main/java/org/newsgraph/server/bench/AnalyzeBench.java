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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Load on {@code POST /api/analyze} of a running server: {@code requests} articles sent by
 * {@code concurrency} clients at once, each sending its next as soon as it has an answer. Prints
 * throughput, the count of each status (429 when the server's queue is full) and the percentiles
 * of the successful answers' times. The texts are the stored articles' own, read from the API.
 * Loopback only in practice: it is pointed at the server it started. Not thread-safe.
 */
public final class AnalyzeBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a run measured.
     *
     * @param requests    requests sent
     * @param concurrency clients at once
     * @param seconds     wall time of the whole run
     * @param statuses    how many answers had each status
     * @param okMillis    the times of the 200 answers, sorted, milliseconds
     */
    public record Result(int requests, int concurrency, double seconds, Map<Integer, Integer> statuses,
            List<Double> okMillis) {

        public Result {
            statuses = Collections.unmodifiableMap(new TreeMap<>(statuses));
            okMillis = okMillis.stream().sorted().toList();
        }

        /** The {@code p}th percentile (nearest rank) of the 200 answers' times, or NaN if there were none. */
        public double percentile(double p) {
            if (okMillis.isEmpty()) {
                return Double.NaN;
            }
            return okMillis.get(Math.max(0, (int) Math.ceil(p / 100 * okMillis.size()) - 1));
        }

        /** Two lines for a person. */
        public String describe() {
            String counts = statuses.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "analyze: %d requests at concurrency %d in %.1f s (%.2f/s); answers: %s%n"
                    + "analyze 200s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", requests, concurrency, seconds,
                    requests / seconds, counts, percentile(50), percentile(95), percentile(99), percentile(100));
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param base the server's address, e.g. {@code http://127.0.0.1:8080} */
    public AnalyzeBench(URI base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The texts of up to {@code max} stored articles, newest first. */
    public List<String> texts(int max) {
        List<String> texts = new ArrayList<>();
        for (JsonNode article : get("/api/articles?limit=" + max).path("items")) {
            String id = URLEncoder.encode(article.path("id").asText(), StandardCharsets.UTF_8).replace("+", "%20");
            texts.add(get("/api/articles/" + id).path("text").asText());
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("the store has no articles to send");
        }
        return texts;
    }

    /** Sends {@code requests} of {@code texts} (in turn) from {@code concurrency} clients. */
    public Result run(List<String> texts, int requests, int concurrency) {
        if (texts.isEmpty() || requests < 1 || concurrency < 1) {
            throw new IllegalArgumentException("texts, requests and concurrency must not be empty or zero");
        }
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Double> ok = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    int status = post(texts.get(i % texts.size()));
                    double millis = (System.nanoTime() - sent) / 1e6;
                    synchronized (statuses) {
                        statuses.merge(status, 1, Integer::sum);
                        if (status == 200) {
                            ok.add(millis);
                        }
                    }
                }
            });
        }
        clients.shutdown();
        try {
            if (!clients.awaitTermination(1, TimeUnit.DAYS)) {
                throw new IllegalStateException("the benchmark did not finish");
            }
        } catch (InterruptedException e) {
            clients.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (statuses) {
            return new Result(requests, concurrency, seconds, statuses, ok);
        }
    }

    /** The status of one analysis request; -1 if it got no answer. */
    private int post(String text) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/analyze")).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot request " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while requesting " + path, e);
        }
    }
}
