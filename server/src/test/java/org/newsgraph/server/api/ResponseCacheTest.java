package org.newsgraph.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The answers kept until the change mark moves, over real HTTP on a Javalin app on a free port. */
class ResponseCacheTest {

    private final AtomicLong mark = new AtomicLong(7);
    private final AtomicInteger calls = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    private ResponseCache start(long maxBytes) {
        ResponseCache cache = new ResponseCache(mark::get, maxBytes);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.get("/answer", cache.keeping(ctx -> ctx.contentType("text/plain; charset=utf-8")
                    .result("answer " + calls.incrementAndGet())));
            config.routes.get("/page/{n}", cache.keeping(ctx -> ctx.html("0123456789" + calls.incrementAndGet())));
            config.routes.get("/missing", cache.keeping(ctx -> {
                calls.incrementAndGet();
                throw new NotFoundResponse("none");
            }));
        });
        app.start();
        return cache;
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnswerIsKeptUntilTheMarkMovesAndIsKeptPerPathAndQuery() throws Exception {
        ResponseCache cache = start(1 << 20);

        HttpResponse<String> made = get("/answer");
        String first = made.body();
        HttpResponse<String> again = get("/answer");
        mark.incrementAndGet();
        String afterChange = get("/answer").body();
        String otherQuery = get("/answer?q=x").body();
        String afterChangeAgain = get("/answer").body();

        assertThat(first).isEqualTo("answer 1");
        assertThat(again.body()).isEqualTo("answer 1");
        assertThat(made.headers().firstValue("Content-Type")).contains("text/plain;charset=utf-8");
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(made.headers().firstValue("Content-Type"));
        assertThat(afterChange).isEqualTo("answer 2");
        assertThat(otherQuery).isEqualTo("answer 3");
        assertThat(afterChangeAgain).isEqualTo("answer 2");
        assertThat(cache.counts()).containsExactly(2, 3);
    }

    @Test
    void anErrorIsNotKept() throws Exception {
        start(1 << 20);

        int first = get("/missing").statusCode();
        int second = get("/missing").statusCode();

        assertThat(new int[] {first, second}).containsExactly(404, 404);
        assertThat(calls).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstWhenTheBytesRunOut() throws Exception {
        // Answers of 11 bytes, at most 44 kept: four pages.
        start(44);
        for (int page = 1; page <= 4; page++) {
            get("/page/" + page);
        }
        get("/page/1");

        get("/page/5");
        String one = get("/page/1").body();
        String two = get("/page/2").body();

        // Page 5 pushed out page 2, the least recently used (page 1 had just been asked again).
        assertThat(one).isEqualTo("01234567891");
        assertThat(two).isEqualTo("01234567896");
        assertThat(calls).hasValue(6);
    }
}
