package org.newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.server.analysis.AnalysisQueue;
import org.newsgraph.server.analysis.OnDemandAnalysis;
import org.newsgraph.server.api.ApiRoutes;
import org.newsgraph.server.api.ResponseCache;
import org.newsgraph.server.pages.PageRoutes;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.questions.Questions;

/**
 * The newsgraph web server: the analyst's pages ({@code /}, {@code /articles/{id}},
 * {@code /actors/{id}}, {@code /stories/{id}}, {@code /analyze}) and the REST API ({@code /api/...}, described at
 * {@code /openapi.json}) over one open store, which it reads and never writes. The store is shared
 * by all requests, which ask their questions side by side ({@link ArticleStore#forQuestions()});
 * each reads the store's change mark first and is answered from the {@link ResponseCache} only if
 * nothing changed since, so another process may ingest into it meanwhile (for H2, the store's
 * {@code AUTO_SERVER} mode allows that) and new articles appear without a restart.
 *
 * <p>Every response, Jetty's own error answers included, carries a Content-Security-Policy that
 * allows no script at all and no framing, on top of the escaping of every piece of article text,
 * and the other {@link SecurityHeaders}. Request bodies over {@link ServerOptions#maxRequestBytes}
 * are answered 413. Analyses run in a bounded queue ({@link AnalysisQueue}): 429 when it is full,
 * 503 past the deadline. The caller keeps ownership of the store: {@link #close()} stops the
 * server and its analyses only.
 */
public final class NewsgraphServer implements AutoCloseable {

    /** No script, no frames, no plugins; styles and images from this server only. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;
    /** Most bytes of answers kept until the store changes. */
    static final long CACHE_BYTES = 64L << 20;

    private final Javalin app;
    private final String host;
    private final OnDemandAnalysis analysis;

    private NewsgraphServer(Javalin app, String host, OnDemandAnalysis analysis) {
        this.app = app;
        this.host = host;
        this.analysis = analysis;
    }

    /**
     * Starts the server.
     *
     * @param options  where to listen, the request limits, what may be fetched, the analysis queue
     * @param store    the store to answer from (not closed by the server)
     * @param analyser gives the analyser for {@code /analyze} (the same one each time); asked on each analysis,
     *                 never before the first
     * @param log      hears unexpected failures, with their stack traces
     * @throws io.javalin.util.JavalinBindException if the port is taken
     */
    public static NewsgraphServer start(ServerOptions options, ArticleStore store,
            Supplier<? extends Function<Article, Doc>> analyser, Consumer<String> log) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(analyser, "analyser");
        Objects.requireNonNull(log, "log");
        ObjectMapper mapper = new ObjectMapper();
        Questions questions = new Questions(store.forQuestions());
        FetchOptions fetch = FetchOptions.defaults().withPrivateAddresses(options.allowPrivateFetch());
        OnDemandAnalysis analysis = new OnDemandAnalysis(analyser, fetch, new AnalysisQueue(options.analysisWorkers(),
                options.analysisWaiting(), options.analysisDeadline()), options.maxTextChars());
        ResponseCache cache = new ResponseCache(questions::changes, CACHE_BYTES);
        ApiRoutes api = new ApiRoutes(questions, analysis, mapper);
        PageRoutes pages = new PageRoutes(questions, analysis, mapper);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxRequestBytes();
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecurityHeaders.JettyErrors()));
            config.routes.before(ctx -> SecurityHeaders.HEADERS.forEach(ctx::header));
            ErrorMapping.register(config.routes, analysis.queue().retryAfterSeconds(), log);
            api.register(config.routes, cache);
            pages.register(config.routes, cache);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            analysis.close();
            throw e;
        }
        return new NewsgraphServer(app, options.host(), analysis);
    }

    /** The port the server listens on (the one chosen when the options said 0). */
    public int port() {
        return app.port();
    }

    /** The server's address, e.g. {@code http://127.0.0.1:8080/} (localhost when bound to all addresses). */
    public URI uri() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? ServerOptions.LOCALHOST
                : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** The analyses on request, with their queue. */
    OnDemandAnalysis analysis() {
        return analysis;
    }

    /** Stops the server and any analysis still running; the store stays open. Idempotent. */
    @Override
    public void close() {
        app.stop();
        analysis.close();
    }
}
