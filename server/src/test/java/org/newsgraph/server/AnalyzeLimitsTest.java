package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.RejectedInputException;

/**
 * {@code /api/analyze} and {@code /analyze} under load and with bad input, with a stub analyser
 * that can be held, so that no model loads: the bounded queue, the deadline, an abandoned request,
 * the status of each refusal, and the fetch policy.
 */
class AnalyzeLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An analyser that waits until released (or interrupted), counting starts and interruptions. */
    private static final class HeldAnalyser implements Function<Article, Doc> {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started;
        final CountDownLatch interrupted = new CountDownLatch(1);

        HeldAnalyser(int starts) {
            started = new CountDownLatch(starts);
        }

        @Override
        public Doc apply(Article article) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw new IllegalStateException("interrupted");
            }
            return Doc.of(article).withLanguage("en");
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static CompletableFuture<HttpResponse<String>> postLater(TestServer server, String text) {
        return CompletableFuture.supplyAsync(() -> server.post("/api/analyze", "text/plain", text));
    }

    @Test
    void aFullQueueIsAnswered429WithRetryAfterAndTheQueuedRequestsStillFinish(@TempDir Path directory)
            throws Exception {
        HeldAnalyser analyser = new HeldAnalyser(1);
        ServerOptions options = ServerOptions.defaults().withPort(0).withAnalysis(1, 1, Duration.ofSeconds(30));
        try (TestServer server = new TestServer(directory, options, analyser)) {
            CompletableFuture<HttpResponse<String>> running = postLater(server, "Kim met Putin.");
            assertThat(analyser.started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<HttpResponse<String>> waiting = postLater(server, "Putin met Kim.");
            HttpResponse<String> refused = awaitRefusal(server);

            JsonNode error = json(refused, 429);
            assertThat(error.path("message").asText())
                    .isEqualTo("the server is busy: 1 analyses are running and 1 waiting; try again in 30 s");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");

            analyser.release.countDown();
            assertThat(json(running.get(10, TimeUnit.SECONDS), 200).path("text").asText()).isEqualTo("Kim met Putin.");
            assertThat(json(waiting.get(10, TimeUnit.SECONDS), 200).path("text").asText()).isEqualTo("Putin met Kim.");
        }
    }

    /** The third request, sent once the second one has taken the only waiting place. */
    private static HttpResponse<String> awaitRefusal(TestServer server) throws InterruptedException {
        for (int attempt = 0; attempt < 200 && server.server.analysis().queue().waiting() == 0; attempt++) {
            Thread.sleep(25);
        }
        return server.post("/api/analyze", "text/plain", "Moon met Trump.");
    }

    @Test
    void anAnalysisOverTheDeadlineIsStoppedAndAnswered503(@TempDir Path directory) throws Exception {
        HeldAnalyser analyser = new HeldAnalyser(1);
        ServerOptions options = ServerOptions.defaults().withPort(0).withAnalysis(1, 0, Duration.ofMillis(300));
        try (TestServer server = new TestServer(directory, options, analyser)) {
            JsonNode error = json(server.post("/api/analyze", "text/plain", "Kim met Putin."), 503);

            assertThat(error.path("message").asText())
                    .isEqualTo("the analysis did not finish within 300 ms and was stopped");
            assertThat(analyser.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anAbandonedRequestStopsItsAnalysis(@TempDir Path directory) throws Exception {
        HeldAnalyser analyser = new HeldAnalyser(1);
        ServerOptions options = ServerOptions.defaults().withPort(0).withAnalysis(1, 0, Duration.ofSeconds(60));
        try (TestServer server = new TestServer(directory, options, analyser)) {
            byte[] body = "Kim met Putin.".getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                assertThat(analyser.started.await(10, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(analyser.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(server.log).isEmpty();
        }
    }

    @Test
    void inputTheAnalyserRejectsIs422AndATextOverTheLimitIs413(@TempDir Path directory) throws Exception {
        Function<Article, Doc> analyser = article -> {
            if (article.text().startsWith("Привет")) {
                throw new RejectedInputException("the text is in Russian (ru); newsgraph analyses English only");
            }
            return Doc.of(article).withLanguage("en");
        };
        ServerOptions options = ServerOptions.defaults().withPort(0).withMaxTextChars(100);
        try (TestServer server = new TestServer(directory, options, analyser)) {
            assertThat(json(server.post("/api/analyze", "text/plain", "Привет, мир."), 422).path("message").asText())
                    .isEqualTo("the text is in Russian (ru); newsgraph analyses English only");
            assertThat(json(server.post("/api/analyze", "text/plain", "   "), 422).path("message").asText())
                    .isEqualTo("there is no text to analyse");
            assertThat(json(server.post("/api/analyze", "text/plain", "word ".repeat(30)), 413).path("message")
                    .asText()).isEqualTo("the text has 149 characters, over the limit of 100");
            assertThat(json(server.post("/api/analyze", "image/png", "x"), 415).path("message").asText())
                    .isEqualTo("send text/plain, text/html or application/json, not image/png");
            assertThat(json(server.post("/api/analyze", "text/plain", "Kim met Putin."), 200).path("text").asText())
                    .isEqualTo("Kim met Putin.");
            HttpResponse<String> page = server.post("/analyze", "application/x-www-form-urlencoded",
                    "text=" + URLEncoder.encode("Привет, мир.", StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(page.body()).selectFirst("#error").text())
                    .isEqualTo("the text is in Russian (ru); newsgraph analyses English only");
        }
    }

    @Test
    void urlsOnThisMachineAreRefusedUnlessAllowed(@TempDir Path directory) throws Exception {
        try (TestServer server = new TestServer(directory, Doc::of, Docs.summit())) {
            String url = server.uri("/articles/w1").toString();
            HttpResponse<String> page = server.post("/analyze", "application/x-www-form-urlencoded",
                    "text=&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));

            assertThat(page.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(page.body()).selectFirst("#error").text()).isEqualTo("cannot fetch " + url
                    + ": refused: 127.0.0.1 is a loopback address; serve --allow-private-fetch allows it");
        }
        ServerOptions allowing = ServerOptions.defaults().withPort(0).withAllowPrivateFetch(true);
        try (TestServer server = new TestServer(directory.resolve("allowing"), allowing, Doc::of, Docs.summit())) {
            HttpResponse<String> page = server.post("/analyze", "application/x-www-form-urlencoded",
                    "text=&url=" + URLEncoder.encode(server.uri("/articles/w1").toString(), StandardCharsets.UTF_8));

            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).select("#result").text()).contains("Kim");
        }
    }

    @Test
    void requestsBeyondTheLimitsNeverReachTheAnalyser(@TempDir Path directory) throws Exception {
        HeldAnalyser analyser = new HeldAnalyser(1);
        analyser.release.countDown();
        ServerOptions options = ServerOptions.defaults().withPort(0).withMaxRequestBytes(1_000);
        try (TestServer server = new TestServer(directory, options, analyser)) {
            HttpResponse<String> big = server.send(HttpRequest.newBuilder(server.uri("/api/analyze"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("word ".repeat(300))).build());

            assertThat(json(big, 413).path("status").asInt()).isEqualTo(413);
            assertThat(analyser.started.getCount()).isEqualTo(1);
            assertThat(server.log).isEmpty();
        }
    }
}
