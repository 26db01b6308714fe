package org.newsgraph.io.html;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP GET under the rules of {@link FetchOptions}, shared by the page and feed fetchers of
 * the command line and the server. It follows redirects itself (at most
 * {@link FetchOptions#maxRedirects()}, never from HTTPS to HTTP), resolves the host of the URL and
 * of every redirect once, checks every address against {@link AddressPolicy} (unless private
 * addresses are allowed), and then connects to one of those very addresses
 * ({@link PinnedExchange}), so that a DNS answer that changes between the check and the connection
 * (DNS rebinding) is never used. It holds the whole fetch, body included, to
 * {@link FetchOptions#requestTimeout()}, and reads at most {@code maxBytes + 1} bytes of a body,
 * and none of a body the caller does not want.
 *
 * <p>Thread-safe and stateless; each fetch opens its own connection.
 */
public final class FetchClient {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** A final (non-redirect) answer; {@code body} is empty when it was not wanted. */
    public record Response(URI uri, int status, HttpHeaders headers, byte[] body) {

        public Response {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }
    }

    /** How a host name becomes addresses: DNS in production, a stub in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final FetchOptions options;
    private final Function<InetAddress, Optional<String>> policy;
    private final Resolver resolver;
    private final SocketFactory sockets;
    private final SSLSocketFactory tls;

    public FetchClient(FetchOptions options) {
        this(options, AddressPolicy::refusal);
    }

    /** With another address policy than {@link AddressPolicy#refusal}: for tests on loopback. */
    FetchClient(FetchOptions options, Function<InetAddress, Optional<String>> policy) {
        this(options, policy, InetAddress::getAllByName, SocketFactory.getDefault());
    }

    /** With another resolver and socket factory as well: for tests of DNS rebinding. */
    FetchClient(FetchOptions options, Function<InetAddress, Optional<String>> policy, Resolver resolver,
            SocketFactory sockets) {
        this(options, policy, resolver, sockets, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /**
     * With another TLS layer as well (one that trusts a test certificate): for tests over HTTPS.
     * {@code tls} wraps the sockets {@code sockets} connected.
     */
    FetchClient(FetchOptions options, Function<InetAddress, Optional<String>> policy, Resolver resolver,
            SocketFactory sockets, SSLSocketFactory tls) {
        this.options = Objects.requireNonNull(options, "options");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.sockets = Objects.requireNonNull(sockets, "sockets");
        this.tls = Objects.requireNonNull(tls, "tls");
    }

    public FetchOptions options() {
        return options;
    }

    /**
     * Gets {@code url}.
     *
     * @param headers   request headers beyond the User-Agent
     * @param wantsBody whether the body of an answer with this status and these headers is read
     * @throws AddressRefusedException if a host is not public and private addresses are not allowed
     * @throws FetchException          for a malformed URL, a network failure, a timeout or a bad redirect
     */
    public Response get(String url, Map<String, String> headers, Predicate<HttpResponse.ResponseInfo> wantsBody)
            throws FetchException {
        URI uri = parse(url);
        long deadline = System.nanoTime() + options.requestTimeout().toNanos();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("User-Agent", options.userAgent());
        request.putAll(headers);
        for (int redirects = 0;; redirects++) {
            List<InetAddress> addresses = addresses(uri);
            PinnedExchange.Result response = new PinnedExchange(uri, options, deadline).get(addresses, sockets, tls,
                    request, info -> REDIRECTS.contains(info.statusCode()) || !wantsBody.test(info) ? 0
                            : options.maxBytes() + 1);
            if (!REDIRECTS.contains(response.status())) {
                return new Response(uri, response.status(), response.headers(), response.body());
            }
            if (redirects == options.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + options.maxRedirects() + ")");
            }
            uri = next(uri, response.status(), response.headers());
        }
    }

    private static URI next(URI from, int status, HttpHeaders headers) throws FetchException {
        String location = headers.firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new FetchException("HTTP " + status + " without a Location");
        }
        URI to;
        try {
            to = parse(from.resolve(new URI(location)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("malformed redirect to " + location, e);
        }
        if (from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http")) {
            throw new FetchException("refused a redirect from HTTPS to HTTP (" + to + ")");
        }
        return to;
    }

    /**
     * The addresses of the URI's host, resolved once; the connection goes to one of them. Refuses
     * a host any of whose addresses is not public, unless the options allow it.
     */
    private List<InetAddress> addresses(URI uri) throws FetchException {
        String host = AddressPolicy.bare(Objects.requireNonNull(uri.getHost()));
        if (!options.privateAddresses()) {
            Optional<String> literal = AddressPolicy.refuseLiteral(host);
            if (literal.isPresent()) {
                throw new AddressRefusedException("refused: " + literal.get());
            }
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host, e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchException("unknown host " + host);
        }
        if (!options.privateAddresses()) {
            boolean isLiteral = host.contains(":") || host.matches("[0-9.]+");
            for (InetAddress address : addresses) {
                Optional<String> kind = policy.apply(address);
                if (kind.isPresent()) {
                    throw new AddressRefusedException("refused: " + host + " is "
                            + (isLiteral ? "" : address.getHostAddress() + ", ") + kind.get());
                }
            }
        }
        return List.of(addresses);
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** {@code url} as an http(s) URI with a host. */
    static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("not an http(s) URL: " + url);
            }
            if (uri.getHost() == null) {
                throw new FetchException("no host in URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("malformed URL: " + e.getMessage(), e);
        }
    }
}
