package org.newsgraph.server.analysis;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether the client of a request has gone away while the request is still being answered,
 * so that an analysis no one will read is stopped rather than left to run. Jetty does not read
 * from a connection while its request is handled, so a client that closes its socket is noticed
 * only by reading: each check reads (without waiting) from the connection, and an end of stream or
 * a reset means the client is gone. Failures Jetty reports itself count too.
 *
 * <p>Should a client send more bytes before its answer (HTTP pipelining, which browsers and
 * common clients do not use), the check stops reading and the answer closes the connection, since
 * the byte read belongs to a next request that is then lost.
 *
 * <p>One instance per request; called from the request's own thread.
 */
public final class ClientGone implements BooleanSupplier {

    private final Context ctx;
    private final @Nullable EndPoint endPoint;
    private final AtomicBoolean failed = new AtomicBoolean();
    private boolean stopReading;

    private ClientGone(Context ctx, @Nullable Request request) {
        this.ctx = ctx;
        this.endPoint = request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
        if (request != null) {
            request.addFailureListener(failure -> failed.set(true));
        }
    }

    /** The check for the client of {@code ctx}; outside Jetty it never finds the client gone. */
    public static ClientGone of(Context ctx) {
        Objects.requireNonNull(ctx, "ctx");
        Request request;
        try {
            request = ServletContextRequest.getServletContextRequest(ctx.req());
        } catch (IllegalStateException | ClassCastException e) {
            request = null;
        }
        return new ClientGone(ctx, request);
    }

    /** True once the client has closed or reset its connection. */
    @Override
    public boolean getAsBoolean() {
        if (failed.get()) {
            return true;
        }
        if (endPoint == null || stopReading) {
            return false;
        }
        if (!endPoint.isOpen() || endPoint.isInputShutdown()) {
            return true;
        }
        ByteBuffer one = BufferUtil.allocate(1);
        try {
            int read = endPoint.fill(one);
            if (read < 0) {
                return true;
            }
            if (read > 0) {
                stopReading = true;
                ctx.header("Connection", "close");
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
