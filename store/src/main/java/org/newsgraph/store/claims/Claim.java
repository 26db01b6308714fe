package org.newsgraph.store.claims;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attributed claim as several articles carry it: the same content words from the same source.
 *
 * @param contentKey its content words, sorted
 * @param source     its source: the linked actor's name, else the words of the first report, if any
 * @param actorId    its source's corpus-wide actor, if linked
 * @param reports    the articles that carry it, first reporter first (by publication date, then id)
 */
public record Claim(String contentKey, @Nullable String source, @Nullable Long actorId, List<Report> reports) {

    public Claim {
        Objects.requireNonNull(contentKey, "contentKey");
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a claim has at least one report");
        }
    }

    /** The article that carried it first. */
    public Report firstReporter() {
        return reports.get(0);
    }

    /**
     * An article carrying a claim.
     *
     * @param articleId the article
     * @param published its publication date, if known
     * @param outlet    its outlet, if known
     * @param certainty how it stands behind the claim: asserted, reported, denied...
     * @param text      the claim as it words it
     */
    public record Report(String articleId, @Nullable String published, @Nullable String outlet, String certainty,
            String text) {
        public Report {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(certainty, "certainty");
            Objects.requireNonNull(text, "text");
        }
    }
}
