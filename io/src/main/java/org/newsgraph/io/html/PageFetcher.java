package org.newsgraph.io.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Downloads HTML pages over HTTP(S) with {@link HttpClient}: follows redirects (not from HTTPS to
 * HTTP), sends a User-Agent naming newsgraph, gives up after the timeouts, and refuses pages over
 * the size limit, HTTP errors and content that is not HTML, each with a clear reason
 * ({@link FetchException}).
 *
 * <p>Thread-safe; share one instance. The HTTP client is created on the first fetch.
 */
public final class PageFetcher {

    private static final Map<Integer, String> STATUS = Map.ofEntries(Map.entry(400, "bad request"),
            Map.entry(401, "unauthorized"), Map.entry(402, "payment required"), Map.entry(403, "forbidden"),
            Map.entry(404, "not found"), Map.entry(405, "method not allowed"), Map.entry(406, "not acceptable"),
            Map.entry(408, "request timeout"), Map.entry(410, "gone"), Map.entry(429, "too many requests"),
            Map.entry(451, "unavailable for legal reasons"), Map.entry(500, "internal server error"),
            Map.entry(502, "bad gateway"), Map.entry(503, "service unavailable"), Map.entry(504, "gateway timeout"));

    private final FetchOptions options;
    private volatile @Nullable HttpClient client;

    public PageFetcher(FetchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public FetchOptions options() {
        return options;
    }

    /**
     * Fetches the page at {@code url}.
     *
     * @throws FetchException for a malformed URL, a network failure, a timeout, an HTTP error, a
     *                        non-HTML content type or a page over the size limit
     */
    public FetchedPage fetch(String url) throws FetchException {
        URI uri = parse(url);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .GET()
                .build();
        HttpResponse<InputStream> response = send(request);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status >= 300) {
                throw new FetchException(status < 400 ? "HTTP " + status + " (too many redirects or no Location)"
                        : "HTTP " + status + Optional.ofNullable(STATUS.get(status)).map(s -> " (" + s + ")").orElse(""));
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!mediaType.isEmpty() && !mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
                throw new FetchException("not an HTML page (" + mediaType + ")");
            }
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && length.getAsLong() > options.maxBytes()) {
                throw new FetchException(String.format(Locale.ROOT, "page is %,d bytes, over the limit of %,d bytes",
                        length.getAsLong(), options.maxBytes()));
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw new FetchException(String.format(Locale.ROOT, "page is over the limit of %,d bytes",
                        options.maxBytes()));
            }
            return new FetchedPage(response.uri(), bytes, charset(contentType), mediaType);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + describe(options.requestTimeout()), e);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException("read error: " + e.getMessage(), e);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws FetchException {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("no connection after " + describe(options.connectTimeout()), e);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + describe(options.requestTimeout()), e);
        } catch (ConnectException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnknownHostException) {
                throw new FetchException("unknown host " + request.uri().getHost(), e);
            }
            throw new FetchException("cannot connect to " + request.uri().getHost()
                    + (request.uri().getPort() < 0 ? "" : ":" + request.uri().getPort())
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        } catch (IOException e) {
            throw new FetchException("network error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        }
    }

    private static String describe(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("not an http(s) URL: " + url);
            }
            if (uri.getHost() == null) {
                throw new FetchException("no host in URL: " + url);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new FetchException("malformed URL: " + e.getMessage(), e);
        }
    }

    private static @Nullable String charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "").replace("'", "");
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }
}
