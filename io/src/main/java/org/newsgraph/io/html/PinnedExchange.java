package org.newsgraph.io.html;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import javax.net.SocketFactory;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 GET over a connection to addresses resolved (and checked) before: the address
 * checked is the address connected to, and no second DNS answer is ever asked for, so a name that
 * answers a public address and then a private one (DNS rebinding) cannot lead the fetch astray.
 * HTTPS connects to the address and names the URL's host for SNI and the certificate check.
 * Requests say {@code Connection: close} and ask for no compression; a body is read by its
 * Content-Length, chunked, or to the end of the stream, at most as many bytes as the caller's
 * limit. Every read waits at most until the deadline.
 *
 * <p>Not thread-safe: one instance per request.
 */
final class PinnedExchange {

    /** The longest status line and header section read. */
    private static final int MAX_HEAD_BYTES = 65_536;
    private static final int MAX_HEADERS = 200;

    /** A response: status, headers and as much of the body as was wanted. */
    record Result(int status, HttpHeaders headers, byte[] body) {
    }

    /** What a caller judges a response by before its body is read. */
    private record Info(int statusCode, HttpHeaders headers) implements HttpResponse.ResponseInfo {

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private final URI uri;
    private final FetchOptions options;
    private final long deadline;
    private int headBytes;

    PinnedExchange(URI uri, FetchOptions options, long deadline) {
        this.uri = uri;
        this.options = options;
        this.deadline = deadline;
    }

    /**
     * Gets the URI from the first of {@code addresses} that accepts a connection; over HTTPS,
     * {@code tls} layers TLS on the connected socket.
     *
     * @param bodyLimit how many bytes of the body to read, judged from the status and headers
     */
    Result get(List<InetAddress> addresses, SocketFactory sockets, SSLSocketFactory tls, Map<String, String> headers,
            ToLongFunction<HttpResponse.ResponseInfo> bodyLimit) throws FetchException {
        byte[] request = request(headers);
        try (Socket socket = connect(addresses, sockets, tls)) {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInput(socket));
            int status;
            HttpHeaders responseHeaders;
            do {
                status = statusLine(in);
                responseHeaders = headers(in);
            } while (status >= 100 && status < 200);
            long limit = status == 204 || status == 304 ? 0 : bodyLimit.applyAsLong(new Info(status, responseHeaders));
            return new Result(status, responseHeaders, limit <= 0 ? new byte[0] : body(in, responseHeaders, limit));
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException("network error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        }
    }

    private byte[] request(Map<String, String> headers) throws FetchException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        int port = uri.getPort();
        boolean defaultPort = port < 0 || port == defaultPort();
        StringBuilder sb = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("Accept-Encoding: identity\r\nConnection: close\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String line = header.getKey() + ": " + header.getValue();
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new FetchException("a request header holds a line break: " + header.getKey());
            }
            sb.append(line).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private int defaultPort() {
        return https() ? 443 : 80;
    }

    private boolean https() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    private Socket connect(List<InetAddress> addresses, SocketFactory sockets, SSLSocketFactory tls)
            throws IOException {
        int port = uri.getPort() < 0 ? defaultPort() : uri.getPort();
        FetchException failure = new FetchException("unknown host " + uri.getHost());
        for (InetAddress address : addresses) {
            Socket socket = sockets.createSocket();
            try {
                long connectMillis = Math.min(options.connectTimeout().toMillis(), remainingMillis());
                socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, connectMillis));
                return https() ? tls(socket, port, tls) : socket;
            } catch (SocketTimeoutException e) {
                socket.close();
                failure = remainingMillis() <= 0 ? timedOut(e) : new FetchException("no connection after "
                        + FetchClient.describe(options.connectTimeout()), e);
            } catch (FetchException e) {
                socket.close();
                throw e;
            } catch (IOException e) {
                socket.close();
                failure = new FetchException("cannot connect to " + uri.getHost()
                        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
            }
        }
        throw failure;
    }

    /** TLS over a socket connected to a checked address, verifying the certificate for the URL's host. */
    private Socket tls(Socket socket, int port, SSLSocketFactory tls) throws IOException {
        String host = AddressPolicy.bare(uri.getHost());
        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout((int) Math.max(1, remainingMillis()));
        try {
            ssl.startHandshake();
        } catch (SocketTimeoutException e) {
            throw timedOut(e);
        }
        return ssl;
    }

    private int statusLine(InputStream in) throws IOException {
        String line = line(in);
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new FetchException("network error: not an HTTP response from " + uri.getHost());
        }
        return Integer.parseInt(parts[1]);
    }

    private HttpHeaders headers(InputStream in) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int count = 0;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            if (++count > MAX_HEADERS) {
                throw new FetchException("network error: more than " + MAX_HEADERS + " response headers");
            }
            headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /** One line of the head, without its CR LF, within the head's size limit. */
    private String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new FetchException("network error: the connection closed in the response headers");
            }
            if (++headBytes > MAX_HEAD_BYTES) {
                throw new FetchException("network error: response headers over " + MAX_HEAD_BYTES + " bytes");
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private byte[] body(InputStream in, HttpHeaders headers, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean chunked = headers.allValues("Transfer-Encoding").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"));
        if (chunked) {
            while (body.size() < limit) {
                long size = chunkSize(in);
                if (size == 0) {
                    break;
                }
                copy(in, body, Math.min(size, limit - body.size()), true);
                if (body.size() < limit) {
                    line(in);
                }
            }
            return body.toByteArray();
        }
        Long length = contentLength(headers);
        copy(in, body, length == null ? limit : Math.min(length, limit), length != null);
        return body.toByteArray();
    }

    private long chunkSize(InputStream in) throws IOException {
        headBytes = 0;
        String line = line(in);
        String hex = line.split(";", 2)[0].strip();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0) {
                throw new NumberFormatException(hex);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new FetchException("network error: malformed chunk size " + hex, e);
        }
    }

    private static @Nullable Long contentLength(HttpHeaders headers) throws FetchException {
        String value = headers.firstValue("Content-Length").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            long length = Long.parseLong(value.strip());
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new FetchException("network error: malformed Content-Length " + value);
    }

    /** Copies {@code count} bytes, or fewer at the end of the stream if {@code exact} is false. */
    private static void copy(InputStream in, ByteArrayOutputStream out, long count, boolean exact) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (exact) {
                    throw new FetchException("network error: the connection closed before the body was complete");
                }
                return;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private long remainingMillis() {
        return Duration.ofNanos(deadline - System.nanoTime()).toMillis();
    }

    private FetchException timedOut(Throwable cause) {
        return new FetchException("timed out after " + FetchClient.describe(options.requestTimeout()), cause);
    }

    /** The socket's input, each read waiting at most until the deadline and stopping on interruption. */
    private final class DeadlineInput extends InputStream {

        private final Socket socket;
        private final InputStream in;

        DeadlineInput(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new FetchException("interrupted");
            }
            long remaining = remainingMillis();
            if (remaining <= 0) {
                throw timedOut(new SocketTimeoutException());
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remaining));
            try {
                return in.read(b, off, len);
            } catch (SocketTimeoutException e) {
                throw timedOut(e);
            }
        }
    }
}
