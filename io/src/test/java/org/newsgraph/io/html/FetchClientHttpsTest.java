package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned exchange over HTTPS: a local TLS server presents a self-signed certificate for
 * {@code news.example} (made by the JDK's {@code keytool} for the test run), a resolver stub answers
 * a public address once and loopback after (DNS rebinding), and a socket factory carries the
 * connection to the loopback server while recording the address asked for. The TLS layer goes over
 * the socket connected to the checked address, names the URL's host for SNI and checks the
 * certificate against that name.
 */
class FetchClientHttpsTest {

    private static final byte[] PAGE = "<html><body><p>Hello over TLS</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final String PUBLIC = RebindingDns.PUBLIC;
    private static final String PASSWORD = "test-only";

    @TempDir
    static Path keys;
    private static KeyStore serverKeys;
    /** A TLS layer that trusts the test certificate and nothing else. */
    private static SSLSocketFactory trusting;

    private TestServer server;
    private final RebindingDns dns = new RebindingDns();
    private final LoopbackSockets sockets = new LoopbackSockets(() -> server.port());

    @BeforeAll
    static void makeCertificate() throws IOException, InterruptedException, GeneralSecurityException {
        Path store = keys.resolve("news.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "news", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=news.example", "-ext", "SAN=dns:news.example", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool ends").isTrue();
        assertThat(keytool.exitValue()).as("keytool: %s", output).isZero();
        serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            serverKeys.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("news", serverKeys.getCertificate("news"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
        trusting = client.getSocketFactory();
    }

    private TestServer start() throws GeneralSecurityException {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverKeys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        server = TestServer.https(tls);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private FetchClient client(SSLSocketFactory tls) {
        return new FetchClient(FetchOptions.defaults().publicOnly(), AddressPolicy::refusal, dns, sockets,
                tls);
    }

    @Test
    void fetchesFromTheCheckedAddressNamingTheUrlsHostForSniAndTheCertificate() throws Exception {
        start().page("/a.html", 200, "text/html", PAGE);

        FetchClient.Response response = client(trusting)
                .get("https://news.example:" + server.port() + "/a.html", Map.of(), info -> true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(PAGE);
        assertThat(dns.lookups()).containsExactly("news.example");
        assertThat(sockets.asked()).containsExactly(PUBLIC + ":" + server.port());
        assertThat(server.serverNames()).containsExactly("news.example");
        assertThat(server.hosts()).containsExactly("news.example:" + server.port());
    }

    @Test
    void aCertificateForAnotherNameIsRefusedBeforeAnyRequest() throws Exception {
        start().page("/a.html", 200, "text/html", PAGE);

        assertThatThrownBy(() -> client(trusting).get("https://other.example:" + server.port() + "/a.html",
                Map.of(), info -> true)).isInstanceOf(FetchException.class)
                .hasMessage("cannot connect to other.example:" + server.port()
                        + " (No subject alternative DNS name matching other.example found.)");
        assertThat(sockets.asked()).containsExactly(PUBLIC + ":" + server.port());
        assertThat(server.hosts()).isEmpty();
    }

    @Test
    void aSelfSignedCertificateIsRefusedByTheDefaultTrust() throws Exception {
        start().page("/a.html", 200, "text/html", PAGE);

        assertThatThrownBy(() -> client((SSLSocketFactory) SSLSocketFactory.getDefault())
                .get("https://news.example:" + server.port() + "/a.html", Map.of(), info -> true))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("cannot connect to news.example:" + server.port() + " (PKIX path building failed");
        assertThat(server.hosts()).isEmpty();
    }

    @Test
    void aRedirectFromHttpsToHttpIsRefused() throws Exception {
        start().redirect("/hop", "http://news.example:" + server.port() + "/a.html");

        assertThatThrownBy(() -> client(trusting).get("https://news.example:" + server.port() + "/hop", Map.of(),
                info -> true)).isInstanceOf(FetchException.class)
                .hasMessage("refused a redirect from HTTPS to HTTP (http://news.example:" + server.port() + "/a.html)");
        assertThat(server.hosts()).containsExactly("news.example:" + server.port());
        assertThat(sockets.asked()).containsExactly(PUBLIC + ":" + server.port());
    }
}
