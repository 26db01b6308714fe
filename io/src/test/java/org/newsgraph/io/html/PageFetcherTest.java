package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private static final byte[] PAGE = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private final TestServer server = new TestServer();
    private final PageFetcher fetcher = new PageFetcher(FetchOptions.defaults());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAnHtmlPageWithItsCharsetAndNamesNewsgraphAsUserAgent() throws FetchException {
        server.page("/a.html", 200, "text/html; charset=ISO-8859-1", PAGE);

        FetchedPage page = fetcher.fetch(server.url("/a.html"));

        assertThat(page.body()).isEqualTo(PAGE);
        assertThat(page.charset()).isEqualTo("ISO-8859-1");
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.uri().toString()).isEqualTo(server.url("/a.html"));
        assertThat(server.userAgents()).containsExactly(FetchOptions.DEFAULT_USER_AGENT);
        assertThat(FetchOptions.DEFAULT_USER_AGENT).startsWith("newsgraph/");
    }

    @Test
    void followsRedirects() throws FetchException {
        server.page("/new", 200, "text/html", PAGE).redirect("/old", server.url("/new"));

        FetchedPage page = fetcher.fetch(server.url("/old"));

        assertThat(page.uri().toString()).isEqualTo(server.url("/new"));
        assertThat(page.body()).isEqualTo(PAGE);
    }

    @Test
    void notFound() {
        server.page("/gone", 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/gone")))
                .isInstanceOf(FetchException.class).hasMessage("HTTP 404 (not found)");
    }

    @Test
    void serverError() {
        server.page("/error", 503, "text/plain", new byte[0]);

        assertThatThrownBy(() -> fetcher.fetch(server.url("/error"))).hasMessage("HTTP 503 (service unavailable)");
    }

    @Test
    void refusesContentThatIsNotHtml() {
        server.page("/report.pdf", 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'});

        assertThatThrownBy(() -> fetcher.fetch(server.url("/report.pdf")))
                .isInstanceOf(FetchException.class).hasMessage("not an HTML page (application/pdf)");
    }

    @Test
    void refusesPagesOverTheLimit() {
        server.page("/big", 200, "text/html", new byte[2_000]);

        assertThatThrownBy(() -> new PageFetcher(FetchOptions.defaults().withMaxBytes(1_000)).fetch(server.url("/big")))
                .hasMessage("page is 2,000 bytes, over the limit of 1,000 bytes");
    }

    @Test
    void givesUpAfterTheTimeout() {
        server.slow("/slow", 3_000);
        PageFetcher impatient = new PageFetcher(FetchOptions.defaults()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

        assertThatThrownBy(() -> impatient.fetch(server.url("/slow"))).hasMessage("timed out after 300 ms");
    }

    @Test
    void connectionRefused() {
        String url = server.url("/x");
        server.close();

        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(FetchException.class)
                .hasMessageStartingWith("cannot connect to 127.0.0.1:");
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/a.html")).hasMessage("not an http(s) URL: ftp://example.org/a.html");
        assertThatThrownBy(() -> fetcher.fetch("http://exa mple.org/")).hasMessageStartingWith("malformed URL: ");
    }
}
