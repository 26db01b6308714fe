package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.rebuild.Rebuilt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph rebuild [--db DB] [--force]}: recomputes the store's actors, near-duplicates,
 * stories, claims and conflicts from its stored documents in one canonical order (publication date,
 * then article id, then version), so that they no longer depend on the order in which the articles
 * were stored. Progress goes to standard error (every {@value #LINE_EVERY} versions or
 * {@value #LINE_SECONDS} seconds), one summary line to standard output. One transaction: interrupted,
 * the store is as it was. Exit codes: 0 rebuilt or nothing to do, 2 usage error or unopenable store,
 * 3 a database failure.
 */
@Command(name = "rebuild",
        mixinStandardHelpOptions = true,
        description = {"Recomputes actors, near-duplicates, stories, claims and conflicts from the stored documents "
                + "in a canonical order (publication date, article id, version), so that they do not depend on the "
                + "order the articles were stored in.",
            "One transaction: an interrupted rebuild leaves the store as it was. A store rebuilt from the same "
                + "versions is left alone unless --force. Actor and story ids change; stop other writers first."})
final class RebuildCommand implements Callable<Integer> {

    static final int LINE_EVERY = 100;
    static final int LINE_SECONDS = 10;

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--force", description = "Rebuild even a store already rebuilt from its present versions.")
    boolean force;

    @Override
    public Integer call() {
        CommandLine cli = Main.commandLineOf(spec);
        PrintWriter err = cli.getErr();
        long start = System.nanoTime();
        try (ArticleStore store = db.openExisting(System.getenv())) {
            long[] lastLine = {System.nanoTime()};
            Rebuilt rebuilt = store.rebuild(force, (done, total) -> {
                long now = System.nanoTime();
                if (done % LINE_EVERY == 0 || done == total || now - lastLine[0] >= LINE_SECONDS * 1_000_000_000L) {
                    lastLine[0] = now;
                    err.println("rebuild: " + done + " of " + total + " versions");
                    err.flush();
                }
            });
            cli.getOut().println(summary(store.location(), rebuilt, (System.nanoTime() - start) / 1e9));
            return Main.EXIT_OK;
        }
    }

    static String summary(String location, Rebuilt r, double seconds) {
        String results = String.format(Locale.ROOT, "%d actors (%d entity links), %d stories, %d copies, %d claims, "
                + "%d conflicts", r.actors(), r.links(), r.stories(), r.copies(), r.claims(), r.conflicts());
        if (!r.rebuilt()) {
            return location + ": already rebuilt from these versions, nothing changed (--force rebuilds anyway): "
                    + results;
        }
        return String.format(Locale.ROOT, "%s: rebuilt %d article versions in canonical order%s: %s, in %.1f s",
                location, r.versions(), r.skipped() == 0 ? "" : " (" + r.skipped() + " unreadable, skipped)",
                results, seconds);
    }
}
