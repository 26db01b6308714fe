package org.newsgraph.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.analysis.Analysis;
import org.newsgraph.cli.ingest.Progress;
import org.newsgraph.cli.ingest.Storing;
import org.newsgraph.cli.ingest.Tally;
import org.newsgraph.cli.watch.FeedWatcher;
import org.newsgraph.io.feed.FeedFetcher;
import org.newsgraph.io.feed.HostPacer;
import org.newsgraph.io.feed.Retry;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph watch [--db DB] [--once] [--interval SECONDS] FEED_URL...}: polls RSS and Atom
 * feeds and ingests the pages of their new items, as {@code ingest} does (one transaction per
 * article, nothing stored twice). The store remembers each feed's validators and every item URL
 * handled, so a restart fetches nothing again. Ctrl-C stops after the article in hand. Exit codes:
 * 0 no failure, 1 some feed or page failed (each reported as {@code url: reason}), 2 usage error
 * or database that cannot be opened, 3 internal error.
 */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {"Polls RSS and Atom feeds and stores the articles of their new items.",
                "Each poll is a conditional request (ETag, Last-Modified); pages are fetched at most one per "
                        + "--delay per host, with retries after server errors and timeouts. Item URLs already "
                        + "handled are remembered in the database and never fetched again. Ctrl-C stops after "
                        + "the article in hand."})
final class WatchCommand implements Callable<Integer> {

    private static final int LINE_EVERY_ARTICLES = 100;
    private static final Duration LINE_EVERY = Duration.ofSeconds(10);
    /** How long a shutdown hook waits for the article in hand. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "RSS or Atom feed URLs.")
    List<String> feedUrls = List.of();

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--once", description = "Poll each feed once and exit (for cron).")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
            description = "Seconds between polls of the feeds (default: ${DEFAULT-VALUE}).")
    long intervalSeconds;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Least time between two requests to the same host, in seconds (default: ${DEFAULT-VALUE}).")
    double delaySeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Retries after a server error or timeout, 2 s then 4 s... apart (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "Longest article analysed, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Mixin
    TimeBudgetOption budget = new TimeBudgetOption();

    @Mixin
    PrivateFetchOption fetch = new PrivateFetchOption();

    private final @Nullable Function<Article, Doc> analyzer;
    private final Map<String, String> env;
    private final Duration backOff;

    WatchCommand() {
        this(null, System.getenv(), Duration.ofSeconds(2));
    }

    /**
     * @param analyzer analyses one article; null for the standard analyser
     * @param env      environment variables ({@code NEWSGRAPH_DB} and the database credentials)
     * @param backOff  the wait before the first retry (tests shorten it)
     */
    WatchCommand(@Nullable Function<Article, Doc> analyzer, Map<String, String> env, Duration backOff) {
        this.analyzer = analyzer;
        this.env = Map.copyOf(env);
        this.backOff = backOff;
    }

    @Override
    public Integer call() {
        CommandLine cli = commandLine();
        validate();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch wake = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            wake.countDown();
            try {
                finished.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ArticleStore store = db.openOrCreate(env)) {
            Progress progress = Progress.lines(cli.getErr(), OptionalInt.empty(), System::nanoTime,
                    LINE_EVERY_ARTICLES, LINE_EVERY);
            Storing storing = new Storing(store, progress, verbose());
            FetchOptions fetchOptions = fetch.fetchOptions();
            FeedWatcher watcher = new FeedWatcher(store, new FeedFetcher(fetchOptions), new PageFetcher(fetchOptions),
                    new HostPacer(Duration.ofMillis(Math.round(delaySeconds * 1000))), new Retry(retries + 1, backOff),
                    new Analysis(analyzer(progress)), storing, progress::println, stop);
            while (!stop.get()) {
                for (String feed : feedUrls) {
                    if (stop.get()) {
                        break;
                    }
                    watcher.poll(feed.strip());
                }
                if (once || stop.get() || await(wake, intervalSeconds)) {
                    break;
                }
            }
            Tally tally = storing.tally();
            cli.getOut().println(tally.summary(store.location(), progress.elapsed()));
            cli.getOut().println(String.format(Locale.ROOT, "%d feed poll%s (%d not modified, %d failed), %d new item%s",
                    watcher.polls(), watcher.polls() == 1 ? "" : "s", watcher.unchangedPolls(), watcher.failedPolls(),
                    watcher.newItems(), watcher.newItems() == 1 ? "" : "s"));
            cli.getOut().flush();
            return tally.failed() == 0 && watcher.failedPolls() == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down: the hook is running and waits for `finished`.
            }
        }
    }

    /** Waits {@code seconds} or until woken; true if woken (a stop). */
    private static boolean await(CountDownLatch wake, long seconds) {
        try {
            return wake.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void validate() {
        if (intervalSeconds < 1) {
            throw new UsageException("--interval must be at least 1 second: " + intervalSeconds);
        }
        if (delaySeconds < 0 || Double.isNaN(delaySeconds)) {
            throw new UsageException("--delay must not be negative: " + delaySeconds);
        }
        if (retries < 0 || retries > 10) {
            throw new UsageException("--retries must be between 0 and 10: " + retries);
        }
        if (maxChars < 1) {
            throw new UsageException("--max-chars must be positive: " + maxChars);
        }
        budget.budget();
        for (String feed : feedUrls) {
            if (!feed.strip().matches("(?i)https?://\\S+")) {
                throw new UsageException("not an http(s) feed URL: " + feed);
            }
        }
    }

    /** The analyser, loaded when the first new article needs it. */
    private Supplier<Function<Article, Doc>> analyzer(Progress progress) {
        if (analyzer != null) {
            Function<Article, Doc> given = analyzer;
            return () -> given;
        }
        return Analyzers.lazy(AnalyzerConfig.defaults().withMaxChars(maxChars), budget.budget(), progress::println);
    }

    private boolean verbose() {
        return Main.verbose(spec);
    }

    private CommandLine commandLine() {
        return Main.commandLineOf(spec);
    }
}
