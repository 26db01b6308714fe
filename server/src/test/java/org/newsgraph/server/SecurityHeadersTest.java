package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;

/**
 * Every answer carries the security headers, Jetty's own answers to requests that never reach
 * the routes included: sent over a raw socket, since an HTTP client would not send them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {

    private TestServer server;

    @BeforeAll
    void start(@TempDir Path directory) {
        server = new TestServer(directory, Doc::of, Docs.summit());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The status line and the headers (names lower-cased) of the answer to {@code request}. */
    private Map<String, String> send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(16_384), StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? head : head.substring(0, end)).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(":status", lines[0]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return headers;
        }
    }

    private static void assertSecure(Map<String, String> headers) {
        assertThat(headers).containsEntry("content-security-policy", NewsgraphServer.CONTENT_SECURITY_POLICY)
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("x-frame-options", "DENY");
    }

    @Test
    void aRoutedAnswerCarriesThem() throws IOException {
        Map<String, String> headers = send("GET /api/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(headers.get(":status")).isEqualTo("HTTP/1.1 200 OK");
        assertSecure(headers);
    }

    @Test
    void jettysAnswerToAMalformedRequestLineCarriesThem() throws IOException {
        Map<String, String> headers = send("GARBAGE\r\n\r\n");

        assertThat(headers.get(":status")).startsWith("HTTP/1.1 400 ");
        assertSecure(headers);
    }

    @Test
    void jettysAnswerToAUriTooLongCarriesThem() throws IOException {
        Map<String, String> headers = send("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(headers.get(":status")).startsWith("HTTP/1.1 414 ");
        assertSecure(headers);
    }

    @Test
    void jettysAnswerToHeadersTooLargeCarriesThem() throws IOException {
        Map<String, String> headers = send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");

        assertThat(headers.get(":status")).startsWith("HTTP/1.1 431 ");
        assertSecure(headers);
    }

    @Test
    void anUnknownPathAndAWrongMethodCarryThem() throws IOException {
        Map<String, String> missing = send("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Map<String, String> wrongMethod = send("DELETE /api/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(missing.get(":status")).startsWith("HTTP/1.1 404 ");
        assertSecure(missing);
        assertThat(wrongMethod.get(":status")).matches("HTTP/1.1 40[45] .*");
        assertSecure(wrongMethod);
    }
}
