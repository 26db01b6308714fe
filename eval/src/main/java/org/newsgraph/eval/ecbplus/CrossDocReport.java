package org.newsgraph.eval.ecbplus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Score;

/**
 * The figures of {@code newsgraph eval ecbplus --cross-doc} as a table (MUC, B³, CEAF-e and CoNLL F1 by
 * topic, for the stories and the baseline, in percent) or as one JSON object (ratios rounded to 4
 * decimals). Stateless.
 */
public final class CrossDocReport {

    private CrossDocReport() {
    }

    /** The table. */
    public static String text(TopicRange range, CrossDocRun.Scores scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "ECB+ cross-document event coreference, topics %s: %d documents (predicted mentions: %s; "
                        + "listed sentences%s)%n%n", range, scores.documents(), scores.mentions(),
                scores.source() == CrossDocRun.Source.EXPORT ? "; stories read from the export" : ""));
        sb.append(String.format(Locale.ROOT, "%-6s %-9s %6s %6s %6s %6s %6s %6s%n", "topic", "system", "MUC", "B3",
                "CEAF-e", "CoNLL", "gold", "pred"));
        for (Integer topic : scores.system().keySet()) {
            sb.append(row(topic.toString(), "stories", scores.system().get(topic)));
            sb.append(row(topic.toString(), "lemma", scores.baseline().get(topic)));
        }
        sb.append(row("all", "stories", scores.systemTotal()));
        sb.append(row("all", "lemma", scores.baselineTotal()));
        return sb.toString();
    }

    private static String row(String topic, String system, CrossDocScorer.Result r) {
        CorefScores c = r.coref();
        return String.format(Locale.ROOT, "%-6s %-9s %6.2f %6.2f %6.2f %6.2f %6d %6d%n", topic, system,
                100 * c.muc().f1(), 100 * c.bCubed().f1(), 100 * c.ceafE().f1(), 100 * c.conllF1(),
                Math.round(r.mentions().recallDenominator()), Math.round(r.mentions().precisionDenominator()));
    }

    /** The scores as one JSON object on one line, without a line end. */
    public static String json(TopicRange range, CrossDocRun.Scores scores) {
        ObjectNode root = ReportJson.object();
        root.put("topics", range.toString());
        root.put("mentions", scores.mentions().toString());
        root.put("stories_from", scores.source().name().toLowerCase(Locale.ROOT));
        root.put("documents", scores.documents());
        root.set("all", both(scores.systemTotal(), scores.baselineTotal()));
        ObjectNode byTopic = root.putObject("by_topic");
        for (Integer topic : scores.system().keySet()) {
            byTopic.set(topic.toString(), both(scores.system().get(topic), scores.baseline().get(topic)));
        }
        return ReportJson.write(root);
    }

    private static ObjectNode both(CrossDocScorer.Result stories, CrossDocScorer.Result lemma) {
        ObjectNode node = ReportJson.object();
        node.set("stories", json(stories));
        node.set("lemma", json(lemma));
        return node;
    }

    private static ObjectNode json(CrossDocScorer.Result r) {
        CorefScores c = r.coref();
        ObjectNode node = ReportJson.object();
        node.set("muc", json(c.muc()));
        node.set("b3", json(c.bCubed()));
        node.set("ceaf_e", json(c.ceafE()));
        node.put("conll_f1", ReportJson.round(c.conllF1()));
        node.set("mentions", json(r.mentions()));
        return node;
    }

    private static ObjectNode json(Score s) {
        ObjectNode node = ReportJson.object();
        node.put("p", ReportJson.round(s.precision()));
        node.put("r", ReportJson.round(s.recall()));
        node.put("f1", ReportJson.round(s.f1()));
        return node;
    }
}
