package org.newsgraph.io.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP GET under the rules of {@link FetchOptions}, shared by the page and feed fetchers. It
 * follows redirects itself (at most {@link FetchOptions#maxRedirects()}, never from HTTPS to
 * HTTP), checks the host of the URL and of every redirect against {@link AddressPolicy} after
 * resolving it (unless private addresses are allowed), holds the whole fetch, body included, to
 * {@link FetchOptions#requestTimeout()}, and reads at most {@code maxBytes + 1} bytes of a body,
 * and none of a body the caller does not want.
 *
 * <p>The address check resolves the host itself and Java's HTTP client resolves it again to
 * connect: a name whose DNS answer changes in between (DNS rebinding) is not caught.
 *
 * <p>Thread-safe; the HTTP client is created on the first fetch.
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

    private final FetchOptions options;
    private final Function<InetAddress, Optional<String>> policy;
    private volatile @Nullable HttpClient client;

    public FetchClient(FetchOptions options) {
        this(options, AddressPolicy::refusal);
    }

    /** With another address policy than {@link AddressPolicy#refusal}: for tests on loopback. */
    FetchClient(FetchOptions options, Function<InetAddress, Optional<String>> policy) {
        this.options = Objects.requireNonNull(options, "options");
        this.policy = Objects.requireNonNull(policy, "policy");
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
        for (int redirects = 0;; redirects++) {
            check(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                    .header("User-Agent", options.userAgent())
                    .GET();
            headers.forEach(request::header);
            HttpResponse<byte[]> response = send(request.build(), wantsBody, deadline);
            if (!REDIRECTS.contains(response.statusCode())) {
                return new Response(response.uri(), response.statusCode(), response.headers(), response.body());
            }
            if (redirects == options.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + options.maxRedirects() + ")");
            }
            uri = next(uri, response);
        }
    }

    private static URI next(URI from, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new FetchException("HTTP " + response.statusCode() + " without a Location");
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

    /** Refuses a host that is not public, unless the options allow it. */
    private void check(URI uri) throws FetchException {
        if (options.privateAddresses()) {
            return;
        }
        String host = AddressPolicy.bare(Objects.requireNonNull(uri.getHost()));
        Optional<String> literal = AddressPolicy.refuseLiteral(host);
        if (literal.isPresent()) {
            throw new AddressRefusedException("refused: " + literal.get());
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host, e);
        }
        boolean isLiteral = host.contains(":") || host.matches("[0-9.]+");
        for (InetAddress address : addresses) {
            Optional<String> kind = policy.apply(address);
            if (kind.isPresent()) {
                throw new AddressRefusedException("refused: " + host + " is "
                        + (isLiteral ? "" : address.getHostAddress() + ", ") + kind.get());
            }
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, Predicate<HttpResponse.ResponseInfo> wantsBody,
            long deadline) throws FetchException {
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info ->
                new LimitedBody(REDIRECTS.contains(info.statusCode()) || !wantsBody.test(info) ? 0
                        : options.maxBytes() + 1));
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } catch (ExecutionException e) {
            throw failure(request.uri(), e.getCause());
        }
    }

    private FetchException failure(URI uri, @Nullable Throwable cause) {
        Throwable e = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (e instanceof HttpConnectTimeoutException) {
            return new FetchException("no connection after " + describe(options.connectTimeout()), e);
        }
        if (e instanceof HttpTimeoutException) {
            return timedOut(e);
        }
        if (e instanceof ConnectException) {
            if (e.getCause() instanceof UnknownHostException) {
                return new FetchException("unknown host " + uri.getHost(), e);
            }
            return new FetchException("cannot connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
        if (e instanceof IOException) {
            return new FetchException("network error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        }
        return new FetchException("fetch failed: " + (e == null ? "unknown cause" : e.toString()), e);
    }

    private FetchException timedOut(Throwable cause) {
        return new FetchException("timed out after " + describe(options.requestTimeout()), cause);
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

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** Collects at most {@code limit} bytes of a body, then stops reading it (at once for 0). */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.@Nullable Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (limit == 0) {
                s.cancel();
                result.complete(new byte[0]);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int take = (int) Math.min(buffer.remaining(), limit - bytes.size());
                byte[] chunk = new byte[take];
                buffer.get(chunk);
                bytes.write(chunk, 0, take);
            }
            Flow.Subscription s = Objects.requireNonNull(subscription);
            if (bytes.size() >= limit) {
                s.cancel();
                result.complete(bytes.toByteArray());
            } else {
                s.request(1);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
