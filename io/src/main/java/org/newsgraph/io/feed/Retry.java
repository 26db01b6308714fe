package org.newsgraph.io.feed;

import java.time.Duration;
import java.util.Objects;
import org.newsgraph.io.html.FetchException;

/**
 * Tries a download again after a transient failure (a server error, a timeout, a refused or broken
 * connection), waiting longer each time: {@code backOff}, then twice that, and so on. Other failures
 * (404, not HTML...) are thrown at once.
 *
 * @param attempts how many tries in all, at least 1
 * @param backOff  the wait before the second try
 */
public record Retry(int attempts, Duration backOff) {

    /** Three tries, 2 s then 4 s apart. */
    public static final Retry DEFAULT = new Retry(3, Duration.ofSeconds(2));

    public Retry {
        Objects.requireNonNull(backOff, "backOff");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be positive: " + attempts);
        }
        if (backOff.isNegative()) {
            throw new IllegalArgumentException("negative back-off: " + backOff);
        }
    }

    /** A download that may fail. */
    @FunctionalInterface
    public interface Download<T> {
        T run() throws FetchException;
    }

    /**
     * Runs {@code download}, again after each transient failure while tries are left.
     *
     * @throws FetchException the last failure
     */
    public <T> T run(Download<T> download) throws FetchException {
        long wait = backOff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return download.run();
            } catch (FetchException e) {
                if (attempt >= attempts || !isTransient(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", e);
            }
            wait *= 2;
        }
    }

    /**
     * True for failures worth another try: HTTP 5xx and 429, timeouts, connections refused or lost.
     * {@link FetchException} carries its reason as its message ("HTTP 503 (service unavailable)",
     * "timed out after 30 s"...), which is what this reads.
     */
    public static boolean isTransient(FetchException e) {
        String reason = String.valueOf(e.getMessage());
        return reason.startsWith("HTTP 5") || reason.startsWith("HTTP 429") || reason.startsWith("timed out")
                || reason.startsWith("no connection") || reason.startsWith("cannot connect")
                || reason.startsWith("network error") || reason.startsWith("read error");
    }
}
