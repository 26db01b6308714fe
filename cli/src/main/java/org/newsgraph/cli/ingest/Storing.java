package org.newsgraph.cli.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.analysis.Analysed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stored;

/**
 * The storing step of ingest: writes each analysed document to the store (one transaction each),
 * reports failures as {@code name: reason}, counts everything in a {@link Tally} and moves the
 * progress on. A document the database refuses is a per-article failure; any other store failure
 * (the database gone) propagates and ends the run. Not thread-safe: runs on the one writing thread.
 */
public final class Storing implements Consumer<Analysed> {

    private final ArticleStore store;
    private final Progress progress;
    private final boolean verbose;
    private final Tally tally = new Tally();

    /** @param verbose also report each stored article, and the stack trace of unexpected failures */
    public Storing(ArticleStore store, Progress progress, boolean verbose) {
        this.store = Objects.requireNonNull(store, "store");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.verbose = verbose;
    }

    @Override
    public void accept(Analysed analysed) {
        if (analysed instanceof Analysed.Document document) {
            store(document);
        } else if (analysed instanceof Analysed.Skipped skipped) {
            tally.count(Stored.Outcome.UNCHANGED);
            if (verbose) {
                progress.println(skipped.name() + ": unchanged");
            }
        } else if (analysed instanceof Analysed.Failed failed) {
            fail(failed.name(), failed.reason(), failed.cause());
        }
        progress.update(tally.done());
    }

    private void store(Analysed.Document document) {
        Stored stored;
        try {
            stored = store.store(document.doc());
        } catch (StoreException e) {
            if (!e.isDataError()) {
                throw e;
            }
            fail(document.name(), String.valueOf(e.getMessage()), e);
            return;
        }
        tally.count(stored.outcome());
        if (verbose) {
            progress.println(String.format(Locale.ROOT, "%s: %s (analysed in %.1fs)", document.name(),
                    describe(stored), document.millis() / 1000.0));
        }
    }

    private static String describe(Stored stored) {
        return switch (stored.outcome()) {
            case NEW_ARTICLE -> "stored";
            case NEW_VERSION -> "stored as version " + stored.version();
            case UNCHANGED -> "unchanged";
        };
    }

    private void fail(String name, String reason, @Nullable Throwable cause) {
        tally.countFailure();
        progress.println(name + ": " + reason);
        if (verbose && cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            progress.println(trace.toString().stripTrailing());
        }
    }

    public Tally tally() {
        return tally;
    }
}
