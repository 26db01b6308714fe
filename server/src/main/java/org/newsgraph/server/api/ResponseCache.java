package org.newsgraph.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the 200 answers of read routes until the store changes: each request reads the store's
 * change mark ({@link org.newsgraph.store.StoreChanges}, one indexed row) and gets the answer
 * kept for its path and query if it was made under the same mark, else the route's own, which is
 * kept. The mark is read before the route runs, so an answer made while a write went on is kept
 * under the older mark and never served after it. At most {@code maxBytes} of answers are kept,
 * the least recently used dropped first. Thread-safe.
 */
public final class ResponseCache {

    private record Kept(long mark, @Nullable String contentType, byte[] body) {
    }

    private final LongSupplier mark;
    private final long maxBytes;
    private final Map<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /**
     * @param mark     the store's change mark, read once per request
     * @param maxBytes most bytes of answers kept, positive
     */
    public ResponseCache(LongSupplier mark, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.mark = Objects.requireNonNull(mark, "mark");
        this.maxBytes = maxBytes;
    }

    /** {@code route}, answering from what is kept when the store has not changed since. */
    public Handler keeping(Handler route) {
        Objects.requireNonNull(route, "route");
        return ctx -> {
            String key = ctx.path() + "?" + Objects.requireNonNullElse(ctx.queryString(), "");
            long now = mark.getAsLong();
            Kept answer = find(key, now);
            if (answer != null) {
                if (answer.contentType() != null) {
                    ctx.contentType(answer.contentType());
                }
                ctx.result(answer.body());
                return;
            }
            route.handle(ctx);
            keep(ctx, key, now);
        };
    }

    /** How many requests were answered from what was kept, and how many were not. */
    public synchronized long[] counts() {
        return new long[] {hits, misses};
    }

    private synchronized @Nullable Kept find(String key, long now) {
        Kept answer = kept.get(key);
        if (answer != null && answer.mark() == now) {
            hits++;
            return answer;
        }
        misses++;
        return null;
    }

    private void keep(Context ctx, String key, long now) throws java.io.IOException {
        InputStream result = ctx.resultInputStream();
        if (ctx.status().getCode() != 200 || result == null) {
            return;
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        if (body.length > maxBytes / 4) {
            return;
        }
        synchronized (this) {
            Kept previous = kept.put(key, new Kept(now, ctx.res().getContentType(), body));
            bytes += body.length - (previous == null ? 0 : previous.body().length);
            for (Iterator<Kept> oldest = kept.values().iterator(); bytes > maxBytes && oldest.hasNext(); ) {
                bytes -= oldest.next().body().length;
                oldest.remove();
            }
        }
    }
}
