package org.newsgraph.cli.ingest;

import java.time.Duration;
import java.util.Locale;
import org.newsgraph.store.Stored;

/**
 * Counts what an ingest did with its inputs. Not thread-safe: the storing thread owns it.
 */
public final class Tally {

    private int newArticles;
    private int newVersions;
    private int unchanged;
    private int failed;

    void count(Stored.Outcome outcome) {
        switch (outcome) {
            case NEW_ARTICLE -> newArticles++;
            case NEW_VERSION -> newVersions++;
            case UNCHANGED -> unchanged++;
        }
    }

    void countFailure() {
        failed++;
    }

    /** Articles written: new ones and new versions of stored ones. */
    public int stored() {
        return newArticles + newVersions;
    }

    public int newArticles() {
        return newArticles;
    }

    public int newVersions() {
        return newVersions;
    }

    /** Inputs whose id and text were already stored (nothing written). */
    public int unchanged() {
        return unchanged;
    }

    public int failed() {
        return failed;
    }

    /** Inputs handled so far, whatever became of them. */
    public int done() {
        return stored() + unchanged + failed;
    }

    /**
     * One line for the end of a run, e.g. {@code ./data: 12 stored (10 new articles, 2 new versions),
     * 3 unchanged, 1 failed, in 1m 05s}.
     */
    public String summary(String location, Duration elapsed) {
        return String.format(Locale.ROOT, "%s: %d stored (%d new article%s, %d new version%s), %d unchanged, "
                + "%d failed, in %s", location, stored(), newArticles, plural(newArticles), newVersions,
                plural(newVersions), unchanged, failed, Durations.format(elapsed));
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
