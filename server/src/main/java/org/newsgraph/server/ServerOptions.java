package org.newsgraph.server;

import java.time.Duration;
import java.util.Objects;
import org.newsgraph.server.analysis.AnalysisQueue;
import org.newsgraph.server.analysis.OnDemandAnalysis;

/**
 * Where the server listens and what it accepts.
 *
 * @param host              the address to bind, {@value #LOCALHOST} unless the analyst asks for another
 * @param port              the port, 0 for any free one
 * @param maxRequestBytes   the largest request body accepted; larger ones are answered 413
 * @param maxTextChars      the longest article text analysed (after HTML extraction); longer ones are answered 413
 * @param allowPrivateFetch whether {@code /analyze} may fetch URLs whose host is not a public address
 *                          (loopback, private, link-local...); off, so that a client cannot make the
 *                          server reach into its own network
 * @param analysisWorkers   how many analyses run at once
 * @param analysisWaiting   how many more wait for a worker; beyond that requests are answered 429
 * @param analysisDeadline  longest time one analysis request may take, waiting included; its
 *                          analysis is then stopped and the request answered 503
 */
public record ServerOptions(String host, int port, long maxRequestBytes, int maxTextChars, boolean allowPrivateFetch,
        int analysisWorkers, int analysisWaiting, Duration analysisDeadline) {

    /** The address bound by default: the server is for the analyst's own machine. */
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 2 MB: a long article as text or HTML fits; anything larger is not an article. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_TEXT_CHARS = OnDemandAnalysis.DEFAULT_MAX_TEXT_CHARS;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(analysisDeadline, "analysisDeadline");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxRequestBytes < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("the request limits must be positive: " + maxRequestBytes + ", "
                    + maxTextChars);
        }
        if (analysisWorkers < 1 || analysisWaiting < 0) {
            throw new IllegalArgumentException("at least one analysis worker and no negative queue: "
                    + analysisWorkers + ", " + analysisWaiting);
        }
        if (analysisDeadline.isNegative() || analysisDeadline.isZero()) {
            throw new IllegalArgumentException("analysisDeadline must be positive: " + analysisDeadline);
        }
    }

    /** Localhost, port 8080, 2 MB requests, public URLs only, 2 analyses at once and 4 waiting, 60 s each. */
    public static ServerOptions defaults() {
        return new ServerOptions(LOCALHOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_TEXT_CHARS, false,
                AnalysisQueue.DEFAULT_WORKERS, AnalysisQueue.DEFAULT_WAITING, AnalysisQueue.DEFAULT_DEADLINE);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, maxRequestBytes, maxTextChars, allowPrivateFetch, analysisWorkers,
                analysisWaiting, analysisDeadline);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, maxRequestBytes, maxTextChars, allowPrivateFetch, analysisWorkers,
                analysisWaiting, analysisDeadline);
    }

    public ServerOptions withMaxRequestBytes(long newMaxRequestBytes) {
        return new ServerOptions(host, port, newMaxRequestBytes, maxTextChars, allowPrivateFetch, analysisWorkers,
                analysisWaiting, analysisDeadline);
    }

    public ServerOptions withMaxTextChars(int newMaxTextChars) {
        return new ServerOptions(host, port, maxRequestBytes, newMaxTextChars, allowPrivateFetch, analysisWorkers,
                analysisWaiting, analysisDeadline);
    }

    public ServerOptions withAllowPrivateFetch(boolean allowed) {
        return new ServerOptions(host, port, maxRequestBytes, maxTextChars, allowed, analysisWorkers,
                analysisWaiting, analysisDeadline);
    }

    /** {@code workers} analyses at once, {@code waiting} more queued, each request at most {@code deadline}. */
    public ServerOptions withAnalysis(int workers, int waiting, Duration deadline) {
        return new ServerOptions(host, port, maxRequestBytes, maxTextChars, allowPrivateFetch, workers, waiting,
                deadline);
    }
}
