package org.newsgraph.io.feed;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Keeps a polite delay between two requests to the same host: {@link #await} sleeps until the delay
 * since the previous request to the URL's host has passed. Thread-safe.
 */
public final class HostPacer {

    /** One second between requests to a host, as most sites' robots rules ask at least. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    private final long delayNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> last = new HashMap<>();

    public HostPacer(Duration delay) {
        this(delay, System::nanoTime);
    }

    HostPacer(Duration delay, LongSupplier nanoTime) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        this.delayNanos = delay.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Waits, if needed, before a request to {@code url}'s host, and records the request.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void await(String url) throws InterruptedException {
        String host = host(url);
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            Long previous = last.get(host);
            long at = previous == null ? now : Math.max(now, previous + delayNanos);
            last.put(host, at);
            wait = at - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
