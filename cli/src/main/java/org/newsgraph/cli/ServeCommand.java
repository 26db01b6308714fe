package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerOptions;
import org.newsgraph.server.bench.AnalyzeBench;
import org.newsgraph.server.bench.RouteTiming;
import org.newsgraph.server.bench.ServeBench;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph serve [--db DB] [--port 8080] [--host 127.0.0.1] [--allow-private-fetch]}: the
 * analyst's pages and the REST API over a store, until Ctrl-C (which closes the server and the
 * store). Another process may ingest into the same store meanwhile. The analyser is loaded on the
 * first {@code /analyze}; URLs given to it are fetched only from public addresses unless
 * {@code --allow-private-fetch}.
 * With {@code --bench N} it times every view instead ({@link #bench}) and stops. Exit codes: 0 (after
 * Ctrl-C, or a benchmark within {@value #TARGET_MS} ms), 1 a benchmark over it, 2 usage error, a database
 * that cannot be opened or a port that is taken.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serves the analyst's pages (search, articles, actors, analyze) and the REST API "
                + "(/api/..., described at /openapi.json) over a store, until Ctrl-C.",
                "Binds to 127.0.0.1 unless --host names another address."})
final class ServeCommand implements Callable<Integer> {

    /** What every view should answer within, at the 95th percentile. */
    static final int TARGET_MS = 300;

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOCALHOST,
            description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host = ServerOptions.LOCALHOST;

    @Option(names = "--allow-private-fetch",
            description = "Let /analyze fetch URLs on loopback, private, link-local and other non-public addresses "
                    + "(refused by default, so that no client can make the server reach into its network).")
    boolean allowPrivateFetch;

    @Option(names = "--bench", paramLabel = "N",
            description = "Instead of serving until Ctrl-C: request every page and API route N times over HTTP, "
                    + "print the median, 95th and 99th percentiles and answers per second per route, and stop.")
    @Nullable Integer bench;

    @Option(names = "--bench-clients", paramLabel = "C", defaultValue = "1",
            description = "With --bench: send the requests of each route from C clients at once (default: ${DEFAULT-VALUE}).")
    int benchClients = 1;

    @Option(names = "--bench-analyze", paramLabel = "N",
            description = "Instead of serving until Ctrl-C: send N stored articles' texts to POST /api/analyze from "
                    + ANALYZE_CONCURRENCY + " clients at once, print throughput, the answers' statuses and "
                    + "percentiles, and stop.")
    @Nullable Integer benchAnalyze;

    /** Clients at once in {@code --bench-analyze}. */
    static final int ANALYZE_CONCURRENCY = 4;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be 0 to 65535: " + port);
        }
        CommandLine cli = Main.commandLineOf(spec);
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        // Usage errors first, before the store is looked for or opened.
        if (bench != null && bench < 1) {
            throw new UsageException("--bench must be positive: " + bench);
        }
        if (benchAnalyze != null && benchAnalyze < 1) {
            throw new UsageException("--bench-analyze must be positive: " + benchAnalyze);
        }
        if (benchClients < 1) {
            throw new UsageException("--bench-clients must be positive: " + benchClients);
        }
        ArticleStore store = db.openForQuestions();
        NewsgraphServer server;
        try {
            ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port)
                    .withAllowPrivateFetch(allowPrivateFetch).withMaxTextChars(AnalyzerConfig.defaults().maxChars());
            // The analyser's own budget as well as the queue's deadline: it stops even if an interrupt is swallowed.
            server = NewsgraphServer.start(options, store, Analyzers.lazy(AnalyzerConfig.defaults(),
                    options.analysisDeadline(), message -> say(err, message)), message -> say(err, message));
        } catch (RuntimeException e) {
            store.close();
            throw new UsageException("cannot serve on " + host + ":" + port + ": " + e.getMessage());
        }
        if (bench != null || benchAnalyze != null) {
            try {
                return benchAnalyze != null ? benchAnalyze(server, benchAnalyze, out) : bench(server, bench, benchClients, out);
            } finally {
                server.close();
                store.close();
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "newsgraph-serve-stop"));
        out.println("Serving " + store.location() + " at " + server.uri() + " (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return Main.EXIT_OK;
    }

    /**
     * Times every view of a running server from {@code clients} clients at once ({@link ServeBench})
     * and prints a table; exit code 0 when every route's 99th percentile is under {@value #TARGET_MS}
     * ms, else 1.
     */
    static int bench(NewsgraphServer server, int times, int clients, PrintWriter out) {
        if (times < 1 || clients < 1) {
            throw new UsageException("--bench and --bench-clients must be positive: " + times + ", " + clients);
        }
        List<RouteTiming> timings = new ServeBench(server.uri()).run(times, clients);
        out.println(RouteTiming.header());
        timings.forEach(t -> out.println(t.line() + (t.p99Ms() < TARGET_MS ? "" : "  over " + TARGET_MS + " ms")));
        RouteTiming slowest = timings.stream().max(Comparator.comparingDouble(RouteTiming::p99Ms)).orElseThrow();
        out.println(String.format(Locale.ROOT, "slowest p99: %.1f ms (%s) with %d client%s; target under %d ms",
                slowest.p99Ms(), slowest.route(), clients, clients == 1 ? "" : "s", TARGET_MS));
        out.flush();
        return slowest.p99Ms() < TARGET_MS ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    /**
     * Sends {@code times} analysis requests at concurrency {@value #ANALYZE_CONCURRENCY}
     * ({@link AnalyzeBench}) and prints what came back; exit code 0 when every answer was 200 or 429
     * (the queue refusing), else 1.
     */
    static int benchAnalyze(NewsgraphServer server, int times, PrintWriter out) {
        if (times < 1) {
            throw new UsageException("--bench-analyze must be positive: " + times);
        }
        AnalyzeBench bench = new AnalyzeBench(server.uri());
        AnalyzeBench.Result result = bench.run(bench.texts(Math.min(times, 500)), times, ANALYZE_CONCURRENCY);
        out.println(result.describe());
        out.flush();
        boolean held = result.statuses().keySet().stream().allMatch(status -> status == 200 || status == 429);
        return held ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    private static void say(PrintWriter err, String message) {
        err.println("serve: " + message);
        err.flush();
    }
}
