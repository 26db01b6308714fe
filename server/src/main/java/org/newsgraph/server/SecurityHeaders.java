package org.newsgraph.server;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries: a Content-Security-Policy that allows no script and no
 * framing, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} and
 * {@code X-Frame-Options: DENY}. Javalin's routes get them from a before-handler; Jetty's own
 * answers to requests that never reach Javalin (a malformed request line 400, a URI too long 414,
 * headers too large 431, ...) get them from {@link JettyErrors}, Jetty's error handler.
 */
final class SecurityHeaders {

    /** No script, no frames, no plugins; styles and images from this server only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Each header and its value. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    static void addTo(HttpFields.Mutable fields) {
        HEADERS.forEach(fields::put);
    }

    /** Jetty's error handler, adding the headers to the answers Jetty writes itself. */
    static final class JettyErrors extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            addTo(response.getHeaders());
            return super.handle(request, response, callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            addTo(fields);
            return super.badMessageError(status, reason, fields);
        }
    }
}
