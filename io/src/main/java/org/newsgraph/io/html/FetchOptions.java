package org.newsgraph.io.html;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched.
 *
 * @param connectTimeout    longest wait for a connection
 * @param requestTimeout    longest time for the whole fetch: every redirect, the response headers
 *                          and the whole body; a page that trickles in slower is given up
 * @param maxBytes          largest page accepted, in bytes; larger ones are refused, from their
 *                          Content-Length if they give one, else once that many bytes have arrived
 * @param maxRedirects      most redirects followed; each one is checked like the first URL
 * @param privateAddresses  whether hosts that are not public ({@link AddressPolicy}: loopback,
 *                          private, link-local, multicast...) may be fetched; a server that fetches
 *                          what any client names sets this to false
 * @param userAgent         the User-Agent header: names newsgraph, so that sites know who asks
 */
public record FetchOptions(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects,
        boolean privateAddresses, String userAgent) {

    /** 10 MB, as for files: far above any article page. */
    public static final long DEFAULT_MAX_BYTES = 10_000_000L;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final String DEFAULT_USER_AGENT = "newsgraph/0.1 (news article analysis; Java HttpClient)";

    public FetchOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent is blank");
        }
    }

    /**
     * 10 s to connect, 30 s for the whole fetch, 10 MB and 5 redirects at most, public addresses
     * only: a page or feed names the links that are fetched next, so the command line refuses
     * loopback and private hosts as a server does, unless its user allows them
     * ({@code --allow-private-fetch}, {@link #withPrivateAddresses}).
     */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES,
                DEFAULT_MAX_REDIRECTS, false, DEFAULT_USER_AGENT);
    }

    /** These options, refusing every host that is not a public address. */
    public FetchOptions publicOnly() {
        return withPrivateAddresses(false);
    }

    public FetchOptions withPrivateAddresses(boolean allowed) {
        return new FetchOptions(connectTimeout, requestTimeout, maxBytes, maxRedirects, allowed, userAgent);
    }

    public FetchOptions withMaxBytes(long newMaxBytes) {
        return new FetchOptions(connectTimeout, requestTimeout, newMaxBytes, maxRedirects, privateAddresses, userAgent);
    }

    public FetchOptions withMaxRedirects(int newMaxRedirects) {
        return new FetchOptions(connectTimeout, requestTimeout, maxBytes, newMaxRedirects, privateAddresses, userAgent);
    }

    public FetchOptions withTimeouts(Duration newConnectTimeout, Duration newRequestTimeout) {
        return new FetchOptions(newConnectTimeout, newRequestTimeout, maxBytes, maxRedirects, privateAddresses,
                userAgent);
    }
}
