package org.newsgraph.server.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.server.analysis.ClientGone;
import org.newsgraph.server.analysis.OnDemandAnalysis;
import org.newsgraph.server.analysis.UnusableInputException;
import org.newsgraph.server.api.Params;
import org.newsgraph.server.api.ResponseCache;
import org.newsgraph.store.actors.ActorProfile;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.questions.Questions;

/**
 * The routes of the analyst's pages: {@code /}, {@code /articles/{id}}, {@code /actors/{id}},
 * {@code /stories/{id}}, {@code /network}, {@code /analyze} and the stylesheet. A page drawn from the store
 * is kept until the store's change mark moves, so new articles appear without a restart.
 */
public final class PageRoutes {

    /** Where the one stylesheet is served. */
    public static final String STYLESHEET = "/static/newsgraph.css";
    /** Most events on an actor's timeline. */
    static final int TIMELINE_LIMIT = 200;
    /** The days of "in the news" on the search page: a week of publication dates, up to the latest. */
    static final int RECENT_DAYS = 7;
    /** Most events counted on an actor's timeline picture. */
    static final int PICTURE_LIMIT = 5000;
    /** Most stories on the search page and on an actor's page. */
    static final int TOP_STORIES = 10;

    private final Questions questions;
    private final OnDemandAnalysis analysis;
    private final ObjectMapper mapper;
    private final byte[] css;

    public PageRoutes(Questions questions, OnDemandAnalysis analysis, ObjectMapper mapper) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.css = resource("/org/newsgraph/server/static/newsgraph.css");
    }

    /** Adds the routes; the pages drawn from the store are kept in {@code cache}. */
    public void register(RoutesConfig routes, ResponseCache cache) {
        routes.get(STYLESHEET, ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(css));
        routes.get("/", cache.keeping(this::search));
        routes.get("/articles/{id}", cache.keeping(this::article));
        routes.get("/actors/{id}", cache.keeping(this::actor));
        routes.get("/stories/{id}", cache.keeping(ctx -> {
            long id = Params.id(ctx, "id");
            ctx.html(StoryPage.render(questions.story(id).orElseThrow(() -> new NotFoundResponse("no story #" + id))));
        }));
        routes.get("/network", cache.keeping(this::network));
        routes.get("/analyze", ctx -> ctx.html(AnalyzePage.render("", "", null, null)));
        routes.post("/analyze", this::analyze);
    }

    private void search(Context ctx) {
        String q = Params.optional(ctx, "q");
        if (q == null) {
            ctx.html(SearchPage.render(null, null, questions.recent(RECENT_DAYS, TOP_STORIES).orElse(null),
                    questions.articles(null, Params.DEFAULT_LIMIT, 0).items(),
                    questions.actors(null, null, Params.DEFAULT_LIMIT),
                    questions.stories(null, null, null, null, TOP_STORIES, 0)));
        } else {
            ctx.html(SearchPage.render(q, questions.search(q), null, List.of(), List.of(), List.of()));
        }
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        String json = questions.document(id).orElseThrow(() -> new NotFoundResponse("no article '" + id + "'"));
        JsonNode document;
        try {
            document = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored document of " + id + " is not JSON", e);
        }
        Page page = new Page(title(document));
        ArticleView.append(page.main(), document, this::actorHref);
        ctx.html(page.render());
    }

    private @Nullable String actorHref(JsonNode entity) {
        JsonNode actor = entity.path("actor");
        if (actor.isValueNode() && !actor.isNull() && actor.asText().matches("\\d{1,18}")) {
            return Page.actorHref(Long.parseLong(actor.asText()));
        }
        return questions.actorNamed(entity.path("name").asText("")).map(ActorSummary::id).map(Page::actorHref)
                .orElse(null);
    }

    private void actor(Context ctx) {
        long id = Params.id(ctx, "id");
        ActorProfile profile = questions.profile(id).orElseThrow(() -> new NotFoundResponse("no actor #" + id));
        ctx.html(ActorPage.render(profile, questions.timeline(id, TIMELINE_LIMIT), questions.timeline(id, PICTURE_LIMIT),
                questions.storiesOf(id, TOP_STORIES), questions.network(null, id, null, null)));
    }

    private void network(Context ctx) {
        String kind = Params.optional(ctx, "type");
        String from = Params.optional(ctx, "from");
        String to = Params.optional(ctx, "to");
        ActorNetwork network;
        try {
            network = questions.network(kind, null, from, to);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(String.valueOf(e.getMessage()));
        }
        ctx.html(NetworkPage.render(network, kind, from, to));
    }

    private void analyze(Context ctx) {
        String text = Objects.requireNonNullElse(ctx.formParam("text"), "");
        String url = Objects.requireNonNullElse(ctx.formParam("url"), "").strip();
        if (text.isBlank() && url.isEmpty()) {
            ctx.status(400).html(AnalyzePage.render(text, url, null, "Paste an article or give its URL."));
            return;
        }
        try {
            Article article = text.isBlank() ? analysis.fromUrl(url) : analysis.article(text, null, url);
            JsonNode document = DocumentJson.toJson(analysis.analyze(article, ClientGone.of(ctx)));
            ctx.html(AnalyzePage.render(text, url, document, null));
        } catch (UnusableInputException | RejectedInputException e) {
            ctx.status(422).html(AnalyzePage.render(text, url, null, e.getMessage()));
        }
    }

    private static String title(JsonNode document) {
        JsonNode title = document.path("title");
        return title.isTextual() && !title.asText().isBlank() ? title.asText() : document.path("id").asText("Article");
    }

    private static byte[] resource(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
