package org.newsgraph.eval.html;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.io.html.HtmlArticle;

/**
 * Scores one extracted page against its snippets: a wanted snippet found in the main text is a true
 * positive, one missing a false negative; an unwanted snippet found is a false positive. Whitespace
 * is normalised on both sides ({@link #normalise}); matching is otherwise exact. Stateless.
 */
public final class SnippetScorer {

    private SnippetScorer() {
    }

    /**
     * What one page scores.
     *
     * @param tally  its counts (one page)
     * @param misses its missing ({@code "  missing:  ..."}) and unwanted ({@code "  unwanted: ..."}) snippets
     */
    public record PageScore(HtmlTally tally, List<String> misses) {
        public PageScore {
            misses = List.copyOf(misses);
        }
    }

    /** Scores {@code extracted} against {@code page}'s snippets. */
    public static PageScore score(ExpectedPage page, HtmlArticle extracted) {
        String text = normalise(extracted.article().text());
        int tp = 0;
        int fn = 0;
        int fp = 0;
        List<String> misses = new ArrayList<>();
        for (String snippet : page.with()) {
            if (text.contains(normalise(snippet))) {
                tp++;
            } else {
                fn++;
                misses.add("  missing:  " + snippet);
            }
        }
        for (String snippet : page.without()) {
            if (text.contains(normalise(snippet))) {
                fp++;
                misses.add("  unwanted: " + snippet);
            }
        }
        return new PageScore(new HtmlTally(1, tp, fn, fp, extracted.article().title() == null ? 0 : 1,
                extracted.article().published() == null ? 0 : 1), misses);
    }

    /** Whitespace runs (no-break spaces included) as one space, trimmed. */
    public static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
