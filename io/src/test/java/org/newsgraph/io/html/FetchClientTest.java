package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetch connects to the address it checked: a resolver stub plays a DNS server whose answer
 * changes (rebinding), and a socket factory stands in for the public address, carrying the
 * connection to the loopback test server while recording which address was asked for.
 */
class FetchClientTest {

    private static final byte[] PAGE = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final String PUBLIC = RebindingDns.PUBLIC;

    private final TestServer server = new TestServer();
    private final RebindingDns dns = new RebindingDns();
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final LoopbackSockets sockets = new LoopbackSockets(server::port);

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchClient client(FetchClient.Resolver resolver) {
        return new FetchClient(FetchOptions.defaults().publicOnly(), AddressPolicy::refusal, resolver, sockets);
    }

    @Test
    void connectsToTheAddressItCheckedAndAsksDnsOnce() throws FetchException {
        server.page("/a.html", 200, "text/html", PAGE);

        FetchClient.Response response = client(dns)
                .get("http://news.example:" + server.port() + "/a.html", Map.of(), info -> true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(PAGE);
        assertThat(dns.lookups()).containsExactly("news.example");
        assertThat(sockets.asked()).containsExactly(PUBLIC + ":" + server.port());
        assertThat(server.hosts()).containsExactly("news.example:" + server.port());
        assertThat(server.userAgents()).containsExactly(FetchOptions.DEFAULT_USER_AGENT);
    }

    @Test
    void aRedirectToANameThatNowAnswersLoopbackIsRefused() {
        server.redirect("/hop", "http://news.example:" + server.port() + "/a.html")
                .page("/a.html", 200, "text/html", PAGE);
        FetchClient.Resolver resolver = host -> {
            lookups.add(host);
            return InetAddress.getAllByName(host.equals("start.example") ? PUBLIC : "127.0.0.1");
        };

        assertThatThrownBy(() -> client(resolver).get("http://start.example:" + server.port() + "/hop", Map.of(),
                info -> true)).isInstanceOf(AddressRefusedException.class)
                .hasMessage("refused: news.example is 127.0.0.1, a loopback address");
        assertThat(lookups).containsExactly("start.example", "news.example");
        assertThat(sockets.asked()).containsExactly(PUBLIC + ":" + server.port());
        assertThat(server.hosts()).containsExactly("start.example:" + server.port());
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefusedBeforeAnyConnection() {
        FetchClient.Resolver resolver = host -> new InetAddress[] {InetAddress.getByName(PUBLIC),
                InetAddress.getByName("10.1.2.3")};

        assertThatThrownBy(() -> client(resolver).get("http://mixed.example/", Map.of(), info -> true))
                .isInstanceOf(AddressRefusedException.class)
                .hasMessage("refused: mixed.example is 10.1.2.3, a private address");
        assertThat(sockets.asked()).isEmpty();
    }

    @Test
    void readsAChunkedBodyWholeAndSkipsTheBodyItDoesNotWant() throws FetchException {
        byte[] body = new byte[20_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        server.chunked("/long", body);
        FetchClient client = new FetchClient(FetchOptions.defaults().withPrivateAddresses(true));

        FetchClient.Response whole = client.get(server.url("/long"), Map.of(), info -> true);
        FetchClient.Response skipped = client.get(server.url("/long"), Map.of(), info -> false);

        assertThat(whole.body()).isEqualTo(body);
        assertThat(whole.headers().firstValue("content-type")).contains("text/html");
        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.body()).isEmpty();
    }

    @Test
    void refusesARequestHeaderWithALineBreak() {
        FetchClient client = new FetchClient(FetchOptions.defaults().withPrivateAddresses(true));

        assertThatThrownBy(() -> client.get(server.url("/"), Map.of("If-None-Match", "x\r\nHost: evil"), info -> true))
                .isInstanceOf(FetchException.class).hasMessage("a request header holds a line break: If-None-Match");
        assertThat(server.hosts()).isEmpty();
    }
}
