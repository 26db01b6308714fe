package org.newsgraph.eval.ecbplus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.score.Score;

/**
 * The figures of {@code newsgraph eval ecbplus} (trigger detection) as a table by topic or as one JSON
 * object (ratios rounded to 4 decimals, gold and predicted counts). Stateless.
 */
public final class TriggerReport {

    private TriggerReport() {
    }

    /** The table: P, R, F1, gold and predicted mentions by topic and over all topics. */
    public static String text(TopicRange range, TriggerRun.Scores run) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "ECB+ event triggers, topics %s: %d documents%n%n", range,
                run.documents()));
        sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %7s %7s%n", "topic", "P", "R", "F1", "gold", "pred"));
        for (Map.Entry<Integer, Score> e : run.scores().sorted().entrySet()) {
            sb.append(row(Integer.toString(e.getKey()), e.getValue()));
        }
        sb.append(row("all", run.scores().total()));
        return sb.toString();
    }

    private static String row(String label, Score s) {
        return String.format(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f %7d %7d%n", label, s.precision(), s.recall(), s.f1(),
                Math.round(s.recallDenominator()), Math.round(s.precisionDenominator()));
    }

    /** {@code {"topics": ..., "all": {...}, "by_topic": {...}}} on one line, without a line end. */
    public static String json(TopicRange range, TriggerRun.Scores run) {
        ObjectNode root = ReportJson.object();
        root.put("topics", range.toString());
        root.set("all", json(run.scores().total()));
        ObjectNode byTopic = root.putObject("by_topic");
        run.scores().sorted().forEach((topic, score) -> byTopic.set(Integer.toString(topic), json(score)));
        return ReportJson.write(root);
    }

    private static ObjectNode json(Score s) {
        ObjectNode node = ReportJson.object();
        node.put("p", ReportJson.round(s.precision()));
        node.put("r", ReportJson.round(s.recall()));
        node.put("f1", ReportJson.round(s.f1()));
        node.put("gold", Math.round(s.recallDenominator()));
        node.put("predicted", Math.round(s.precisionDenominator()));
        return node;
    }
}
