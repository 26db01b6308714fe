package org.newsgraph.io.html;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP or HTTPS server on 127.0.0.1 and a free port, in-process, for tests: serves fixed responses
 * and records the User-Agent, Host and (over HTTPS) the SNI host name of each request. Never the
 * outside network.
 */
public final class TestServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();

    /** A plain HTTP server. */
    public TestServer() {
        this(null);
    }

    private TestServer(@Nullable SSLContext tls) {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try {
            if (tls == null) {
                server = HttpServer.create(loopback, 0);
            } else {
                HttpsServer https = HttpsServer.create(loopback, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    /** An HTTPS server presenting the key and certificate of {@code tls}. */
    public static TestServer https(SSLContext tls) {
        return new TestServer(tls);
    }

    /** Serves {@code body} at {@code path} with the status and content type given. */
    public TestServer page(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** Redirects {@code path} to {@code target} with a 301. */
    public TestServer redirect(String path, String target) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        return this;
    }

    /** Answers {@code path} only after {@code millis}. */
    public TestServer slow(String path, long millis) {
        server.createContext(path, exchange -> {
            record(exchange);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        return this;
    }

    /** Sends HTML headers at once, then one byte every {@code millis}, {@code bytes} bytes in all. */
    public TestServer drip(String path, int bytes, long millis) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < bytes; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(millis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up, as it should
            }
        });
        return this;
    }

    /** Serves {@code body} as HTML without a Content-Length (chunked). */
    public TestServer chunked(String path, byte[] body) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client stopped reading at its limit
            }
        });
        return this;
    }

    /** The URL of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The Host header of each request, in order. */
    public List<String> hosts() {
        return List.copyOf(hosts);
    }

    /** The SNI host names each HTTPS request's handshake asked for, in order. */
    public List<String> serverNames() {
        return List.copyOf(serverNames);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void record(HttpExchange exchange) {
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        hosts.add(String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
        if (exchange instanceof HttpsExchange https && https.getSSLSession() instanceof ExtendedSSLSession session) {
            session.getRequestedServerNames().forEach(name -> serverNames.add(name instanceof SNIHostName host
                    ? host.getAsciiName() : name.toString()));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
