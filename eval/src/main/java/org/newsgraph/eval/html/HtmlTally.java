package org.newsgraph.eval.html;

import org.newsgraph.eval.score.Score;

/**
 * Snippet counts and found metadata over a set of pages. Immutable: {@link #plus} returns a new value.
 *
 * @param pages          pages scored
 * @param truePositives  wanted snippets found in the extracted text
 * @param falseNegatives wanted snippets missing from it
 * @param falsePositives unwanted snippets found in it
 * @param titles         pages for which a title was found
 * @param dates          pages for which a publication date was found
 */
public record HtmlTally(int pages, int truePositives, int falseNegatives, int falsePositives, int titles, int dates) {

    /** No page scored. */
    public static final HtmlTally ZERO = new HtmlTally(0, 0, 0, 0, 0, 0);

    public HtmlTally {
        if (pages < 0 || truePositives < 0 || falseNegatives < 0 || falsePositives < 0 || titles < 0 || dates < 0) {
            throw new IllegalArgumentException("negative count in " + pages + " pages");
        }
        if (titles > pages || dates > pages) {
            throw new IllegalArgumentException("more titles or dates than the " + pages + " pages");
        }
    }

    /** The sum of two tallies. */
    public HtmlTally plus(HtmlTally o) {
        return new HtmlTally(pages + o.pages, truePositives + o.truePositives, falseNegatives + o.falseNegatives,
                falsePositives + o.falsePositives, titles + o.titles, dates + o.dates);
    }

    /**
     * The snippet scores: recall over the wanted snippets, precision over the snippets found (wanted or
     * not).
     */
    public Score snippets() {
        return new Score(truePositives, truePositives + falseNegatives, truePositives, truePositives + falsePositives);
    }

    /** The share of pages with a title. */
    public double titleShare() {
        return share(titles);
    }

    /** The share of pages with a publication date. */
    public double dateShare() {
        return share(dates);
    }

    private double share(int count) {
        return pages == 0 ? 0 : (double) count / pages;
    }
}
