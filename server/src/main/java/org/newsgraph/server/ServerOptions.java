package org.newsgraph.server;

import java.util.Objects;

/**
 * Where the server listens and what it accepts.
 *
 * @param host            the address to bind, {@value #LOCALHOST} unless the analyst asks for another
 * @param port            the port, 0 for any free one
 * @param maxRequestBytes the largest request body accepted; larger ones are answered 413
 */
public record ServerOptions(String host, int port, long maxRequestBytes) {

    /** The address bound by default: the server is for the analyst's own machine. */
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 2 MB: a long article as text or HTML fits; anything larger is not an article. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
        }
    }

    /** Localhost, port 8080, 2 MB requests. */
    public static ServerOptions defaults() {
        return new ServerOptions(LOCALHOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, maxRequestBytes);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, maxRequestBytes);
    }

    public ServerOptions withMaxRequestBytes(long newMaxRequestBytes) {
        return new ServerOptions(host, port, newMaxRequestBytes);
    }
}
