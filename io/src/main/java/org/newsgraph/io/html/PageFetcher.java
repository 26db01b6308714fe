package org.newsgraph.io.html;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Downloads HTML pages over HTTP(S) ({@link FetchClient}): follows at most five redirects (not
 * from HTTPS to HTTP), sends a User-Agent naming newsgraph, gives up when the whole fetch takes
 * longer than the request timeout, refuses hosts that are not public unless the options allow
 * them, and refuses pages over the size limit, HTTP errors and content that is not HTML, each with
 * a clear reason ({@link FetchException}).
 *
 * <p>Thread-safe; share one instance.
 */
public final class PageFetcher {

    private static final Map<Integer, String> STATUS = Map.ofEntries(Map.entry(400, "bad request"),
            Map.entry(401, "unauthorized"), Map.entry(402, "payment required"), Map.entry(403, "forbidden"),
            Map.entry(404, "not found"), Map.entry(405, "method not allowed"), Map.entry(406, "not acceptable"),
            Map.entry(408, "request timeout"), Map.entry(410, "gone"), Map.entry(429, "too many requests"),
            Map.entry(451, "unavailable for legal reasons"), Map.entry(500, "internal server error"),
            Map.entry(502, "bad gateway"), Map.entry(503, "service unavailable"), Map.entry(504, "gateway timeout"));

    private final FetchClient client;

    public PageFetcher(FetchOptions options) {
        this(new FetchClient(options));
    }

    PageFetcher(FetchClient client) {
        this.client = client;
    }

    public FetchOptions options() {
        return client.options();
    }

    /**
     * Fetches the page at {@code url}.
     *
     * @throws AddressRefusedException if the host, or a redirect's, is not public and the options refuse such hosts
     * @throws FetchException          for a malformed URL, a network failure, a timeout, an HTTP error, a
     *                                 non-HTML content type or a page over the size limit
     */
    public FetchedPage fetch(String url) throws FetchException {
        long maxBytes = client.options().maxBytes();
        FetchClient.Response response = client.get(url,
                Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
                info -> info.statusCode() < 300 && isHtml(mediaType(info))
                        && info.headers().firstValueAsLong("Content-Length").orElse(0) <= maxBytes);
        int status = response.status();
        if (status >= 300) {
            throw new FetchException("HTTP " + status
                    + Optional.ofNullable(STATUS.get(status)).map(s -> " (" + s + ")").orElse(""));
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = mediaType(contentType);
        if (!isHtml(mediaType)) {
            throw new FetchException("not an HTML page (" + mediaType + ")");
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            throw new FetchException(String.format(Locale.ROOT, "page is %,d bytes, over the limit of %,d bytes",
                    length.getAsLong(), maxBytes));
        }
        if (response.body().length > maxBytes) {
            throw new FetchException(String.format(Locale.ROOT, "page is over the limit of %,d bytes", maxBytes));
        }
        return new FetchedPage(response.uri(), response.body(), charset(contentType), mediaType);
    }

    private static String mediaType(HttpResponse.ResponseInfo info) {
        return mediaType(info.headers().firstValue("Content-Type").orElse(""));
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
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
}
