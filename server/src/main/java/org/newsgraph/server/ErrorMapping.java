package org.newsgraph.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.pipeline.AnalysisCancelledException;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.server.analysis.AnalysisRefusedException;
import org.newsgraph.server.analysis.UnusableInputException;
import org.newsgraph.server.api.ApiError;
import org.newsgraph.server.pages.ErrorPage;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.questions.UnknownActorException;

/**
 * The one place where exceptions become status codes: a JSON {@link ApiError} under {@code /api}
 * and for {@code /openapi.json}, an HTML error page elsewhere. Clients get a status and a one-line
 * message, never a stack trace; unexpected failures are logged in full on the server's side.
 */
final class ErrorMapping {

    private ErrorMapping() {
    }

    /** The status answering an analysis refused or stopped. */
    static int status(AnalysisRefusedException.Reason reason) {
        return switch (reason) {
            case BUSY -> 429;
            case TOO_LONG -> 413;
            case TIMED_OUT, ABANDONED -> 503;
        };
    }

    static void register(RoutesConfig routes, long retryAfterSeconds, Consumer<String> log) {
        Objects.requireNonNull(log, "log");
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(UnknownActorException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        routes.exception(UnusableInputException.class, (e, ctx) -> answer(ctx, 422, e.getMessage()));
        routes.exception(RejectedInputException.class, (e, ctx) -> answer(ctx, 422, e.getMessage()));
        routes.exception(AnalysisRefusedException.class, (e, ctx) -> {
            if (e.reason() == AnalysisRefusedException.Reason.BUSY) {
                ctx.header("Retry-After", Long.toString(retryAfterSeconds));
            }
            answer(ctx, status(e.reason()), e.getMessage());
        });
        routes.exception(AnalysisCancelledException.class, (e, ctx) -> answer(ctx, 503, e.getMessage()));
        routes.exception(StoreException.class, (e, ctx) -> {
            log.accept("the store failed on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            answer(ctx, 500, "the database failed: " + e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            log.accept("internal error on " + ctx.method() + " " + ctx.path() + ": " + stackTrace(e));
            answer(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); the server log has the details");
        });
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx.path())) {
            ctx.json(new ApiError(status, message));
        } else {
            ctx.html(ErrorPage.render(status, message));
        }
    }

    static boolean wantsJson(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/openapi.json");
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
