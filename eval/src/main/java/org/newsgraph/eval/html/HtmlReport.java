package org.newsgraph.eval.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.newsgraph.eval.score.Score;

/**
 * The figures of {@code newsgraph eval html} as a table (P, R, F1 of the snippets, unwanted snippets
 * found, share of pages with a title and a date) or as one JSON object (ratios rounded to 4 decimals).
 * Stateless.
 */
public final class HtmlReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReport() {
    }

    /** The table: a header, a row for all pages and one for the English ones. */
    public static String text(HtmlRun.Scores scores) {
        return String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %7s %7s%n", "pages", "count", "P", "R", "F1",
                "FP", "title", "date") + row("all", scores.all()) + row("English", scores.english());
    }

    private static String row(String name, HtmlTally t) {
        Score s = t.snippets();
        return String.format(Locale.ROOT, "%-8s %6d %6.3f %6.3f %6.3f %6d %6.1f%% %6.1f%%%n", name, t.pages(),
                s.precision(), s.recall(), s.f1(), t.falsePositives(), 100 * t.titleShare(), 100 * t.dateShare());
    }

    /** {@code {"all": {...}, "english": {...}}} on one line, without a line end. */
    public static String json(HtmlRun.Scores scores) {
        ObjectNode root = JSON.createObjectNode();
        root.set("all", json(scores.all()));
        root.set("english", json(scores.english()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode json(HtmlTally t) {
        Score s = t.snippets();
        ObjectNode node = JSON.createObjectNode();
        node.put("pages", t.pages());
        node.put("tp", t.truePositives());
        node.put("fn", t.falseNegatives());
        node.put("fp", t.falsePositives());
        node.put("precision", round(s.precision()));
        node.put("recall", round(s.recall()));
        node.put("f1", round(s.f1()));
        node.put("title_found", round(t.titleShare()));
        node.put("date_found", round(t.dateShare()));
        return node;
    }

    /** {@code x} rounded to 4 decimals, as the figures were printed before they were written with Jackson. */
    static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
