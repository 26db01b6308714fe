package org.newsgraph.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Article;
import org.newsgraph.server.analysis.ClientGone;
import org.newsgraph.server.analysis.OnDemandAnalysis;
import org.newsgraph.store.questions.EventQuery;
import org.newsgraph.store.questions.Questions;

/**
 * The routes of the REST API. Every answer is JSON; errors are {@link ApiError}s (mapped in one place
 * by the server). The routes here and the paths of {@value #OPENAPI_RESOURCE} are the same list: a
 * test checks it.
 */
public final class ApiRoutes {

    /** The class-path resource served at {@code /openapi.json}. */
    public static final String OPENAPI_RESOURCE = "/org/newsgraph/server/openapi.json";

    private static final String JSON = "application/json";

    private final Questions questions;
    private final OnDemandAnalysis analysis;
    private final ObjectMapper mapper;
    private final String openApi;

    public ApiRoutes(Questions questions, OnDemandAnalysis analysis, ObjectMapper mapper) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.openApi = resource(OPENAPI_RESOURCE);
    }

    /** One route of the API: its method, its path with {@code {param}}s, and its handler. */
    public record Route(HandlerType method, String path, Handler handler) {
    }

    /** Every route of the API, {@code /openapi.json} included, in the order they are documented. */
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/articles", ctx -> ctx.json(
                        questions.articles(Params.optional(ctx, "q"), Params.limit(ctx), Params.offset(ctx)))),
                new Route(HandlerType.GET, "/api/articles/{id}", this::article),
                new Route(HandlerType.GET, "/api/actors", ctx -> ctx.json(
                        questions.actors(Params.entityType(ctx), Params.optional(ctx, "q"), Params.limit(ctx)))),
                new Route(HandlerType.GET, "/api/actors/{id}", ctx -> {
                    long id = Params.id(ctx, "id");
                    ctx.json(questions.profile(id).orElseThrow(() -> new NotFoundResponse("no actor #" + id)));
                }),
                new Route(HandlerType.GET, "/api/events", ctx -> ctx.json(questions.events(eventQuery(ctx)))),
                new Route(HandlerType.GET, "/api/stories", ctx -> ctx.json(refusing(() -> questions.stories(
                        Params.optional(ctx, "type"), Params.optional(ctx, "actor"), Params.optional(ctx, "since"),
                        Params.optional(ctx, "until"), Params.limit(ctx), Params.offset(ctx))))),
                new Route(HandlerType.GET, "/api/stories/{id}", ctx -> {
                    long id = Params.id(ctx, "id");
                    ctx.json(questions.story(id).orElseThrow(() -> new NotFoundResponse("no story #" + id)));
                }),
                new Route(HandlerType.GET, "/api/conflicts", ctx -> ctx.json(refusing(() -> questions.conflicts(
                        Params.optionalId(ctx, "story"), Params.optional(ctx, "actor"), Params.optional(ctx, "kind"),
                        Params.limit(ctx))))),
                new Route(HandlerType.GET, "/api/quotes", ctx -> ctx.json(questions.quotes(
                        Params.optional(ctx, "speaker"), Params.optional(ctx, "about"), Params.optional(ctx, "q"),
                        Params.limit(ctx)))),
                new Route(HandlerType.GET, "/api/search", ctx -> {
                    String q = Params.optional(ctx, "q");
                    if (q == null) {
                        throw new BadRequestResponse("q is required");
                    }
                    ctx.json(questions.search(q));
                }),
                new Route(HandlerType.POST, "/api/analyze", this::analyze),
                new Route(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType(JSON).result(openApi)));
    }

    /** Adds the routes; the answers of those that read the store are kept in {@code cache}. */
    public void register(RoutesConfig routes, ResponseCache cache) {
        routes().forEach(route -> routes.addHttpHandler(route.method(), route.path(),
                route.method() == HandlerType.GET && route.path().startsWith("/api/")
                        ? cache.keeping(route.handler()) : route.handler()));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        String document = questions.document(id).orElseThrow(() -> new NotFoundResponse("no article '" + id + "'"));
        ctx.contentType(JSON).result(document);
    }

    /** What {@code question} answers; a filter value it cannot use is answered 400. */
    private static <T> T refusing(Supplier<T> question) {
        try {
            return question.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(String.valueOf(e.getMessage()));
        }
    }

    /** The event filters as the {@code events} command takes them. */
    public static EventQuery eventQuery(Context ctx) {
        try {
            return new EventQuery(Params.optional(ctx, "type"), Params.optional(ctx, "actor"),
                    Params.optional(ctx, "from"), Params.optional(ctx, "to"), Params.optional(ctx, "status"),
                    Params.limit(ctx));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(String.valueOf(e.getMessage()));
        }
    }

    /**
     * Text ({@code text/plain}), a page ({@code text/html}) or {@code {"text"|"html", "title", "url"}};
     * another content type is answered 415. The analysis runs in the server's queue and stops when the
     * client goes away.
     */
    private void analyze(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String body = ctx.body();
        Article article;
        if (type.startsWith(JSON)) {
            article = fromJson(body);
        } else if (type.startsWith("text/html")) {
            article = analysis.fromHtml(body, null);
        } else if (type.isEmpty() || type.startsWith("text/plain")) {
            article = analysis.article(body, null, null);
        } else {
            throw new HttpResponseException(415, "send text/plain, text/html or application/json, not " + type);
        }
        ctx.json(DocumentJson.toJson(analysis.analyze(article, ClientGone.of(ctx))));
    }

    private Article fromJson(String body) {
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            throw new BadRequestResponse("the body must be a JSON object with \"text\" or \"html\"");
        }
        String text = string(request, "text");
        String html = string(request, "html");
        String title = string(request, "title");
        String url = string(request, "url");
        if ((text == null) == (html == null)) {
            throw new BadRequestResponse("give exactly one of \"text\" and \"html\"");
        }
        return text != null ? analysis.article(text, title, url) : analysis.fromHtml(Objects.requireNonNull(html), url);
    }

    private static @Nullable String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static String resource(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
