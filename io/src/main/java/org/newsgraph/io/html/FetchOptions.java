package org.newsgraph.io.html;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched.
 *
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest wait for the response headers once connected
 * @param maxBytes       largest page accepted, in bytes; larger ones are refused, from their
 *                       Content-Length if they give one, else once that many bytes have arrived
 * @param userAgent      the User-Agent header: names newsgraph, so that sites know who asks
 */
public record FetchOptions(Duration connectTimeout, Duration requestTimeout, long maxBytes, String userAgent) {

    /** 10 MB, as for files: far above any article page. */
    public static final long DEFAULT_MAX_BYTES = 10_000_000L;
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
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent is blank");
        }
    }

    /** 10 s to connect, 30 s for the response, 10 MB at most. */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT);
    }

    public FetchOptions withMaxBytes(long newMaxBytes) {
        return new FetchOptions(connectTimeout, requestTimeout, newMaxBytes, userAgent);
    }

    public FetchOptions withTimeouts(Duration newConnectTimeout, Duration newRequestTimeout) {
        return new FetchOptions(newConnectTimeout, newRequestTimeout, maxBytes, userAgent);
    }
}
