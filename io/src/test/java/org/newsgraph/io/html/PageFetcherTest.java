package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private static final byte[] PAGE = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private final TestServer server = new TestServer();
    private final PageFetcher fetcher = new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true));

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

        assertThatThrownBy(() -> new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true).withMaxBytes(1_000)).fetch(server.url("/big")))
                .hasMessage("page is 2,000 bytes, over the limit of 1,000 bytes");
    }

    @Test
    void givesUpAfterTheTimeout() {
        server.slow("/slow", 3_000);
        PageFetcher impatient = new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true)
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

    @Test
    void aServerRefusesLoopbackWithTheAddressNamed() {
        server.page("/a.html", 200, "text/html", PAGE);
        PageFetcher publicOnly = new PageFetcher(FetchOptions.defaults().publicOnly());

        assertThatThrownBy(() -> publicOnly.fetch(server.url("/a.html"))).isInstanceOf(AddressRefusedException.class)
                .hasMessage("refused: 127.0.0.1 is a loopback address");
        assertThatThrownBy(() -> publicOnly.fetch("http://localhost:1/")).isInstanceOf(AddressRefusedException.class)
                .hasMessageStartingWith("refused: localhost is ").hasMessageEndingWith(", a loopback address");
        assertThatThrownBy(() -> publicOnly.fetch("http://[::ffff:127.0.0.1]/"))
                .hasMessage("refused: ::ffff:127.0.0.1 is a loopback address");
        assertThatThrownBy(() -> publicOnly.fetch("http://0.0.0.0:8080/"))
                .hasMessage("refused: 0.0.0.0 is an unspecified (\"this network\") address");
        assertThatThrownBy(() -> publicOnly.fetch("http://2130706433/"))
                .hasMessage("refused: 2130706433 is a numeric address in a non-standard form (127.0.0.1)");
        assertThatThrownBy(() -> publicOnly.fetch("https://169.254.169.254/latest/meta-data/"))
                .hasMessage("refused: 169.254.169.254 is a link-local address");
        assertThat(server.userAgents()).isEmpty();
    }

    @Test
    void everyRedirectIsCheckedLikeTheFirstUrl() {
        int port = Integer.parseInt(server.url("").replaceAll(".*:", ""));
        server.page("/new", 200, "text/html", PAGE)
                .redirect("/to-loopback", "http://127.0.0.2:" + port + "/new")
                .redirect("/to-numeric", "http://2130706433:" + port + "/new")
                .redirect("/to-hex", "http://0x7f.1:" + port + "/new")
                .redirect("/to-file", "file:///etc/passwd");
        // 127.0.0.1 itself passes, so that the test server can answer; every other address is judged as a server would.
        PageFetcher fetcher = new PageFetcher(new FetchClient(FetchOptions.defaults().publicOnly(),
                address -> address.getHostAddress().equals("127.0.0.1") ? Optional.empty()
                        : AddressPolicy.refusal(address)));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-loopback")))
                .isInstanceOf(AddressRefusedException.class).hasMessage("refused: 127.0.0.2 is a loopback address");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-numeric")))
                .hasMessage("refused: 2130706433 is a numeric address in a non-standard form (127.0.0.1)");
        // java.net.URI finds no host in it, which refuses it as well
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-hex")))
                .hasMessage("no host in URL: http://0x7f.1:" + port + "/new");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-file")))
                .hasMessage("not an http(s) URL: file:///etc/passwd");
        assertThat(server.userAgents()).hasSize(4);
    }

    @Test
    void followsAtMostFiveRedirects() {
        server.redirect("/loop", "/loop");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/loop"))).hasMessage("too many redirects (more than 5)");
        assertThat(server.userAgents()).hasSize(6);
    }

    @Test
    void theDeadlineCoversTheBodyOfAPageThatTricklesIn() {
        server.drip("/drip", 100, 100);
        PageFetcher impatient = new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatient.fetch(server.url("/drip"))).hasMessage("timed out after 500 ms");
        // The page would take 10 s to arrive; giving up at the deadline is the behaviour under test.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aPageWithoutContentLengthIsCutAtTheLimit() {
        server.chunked("/big", new byte[5_000]);

        assertThatThrownBy(() -> new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true).withMaxBytes(1_000)).fetch(server.url("/big")))
                .hasMessage("page is over the limit of 1,000 bytes");
    }
}
