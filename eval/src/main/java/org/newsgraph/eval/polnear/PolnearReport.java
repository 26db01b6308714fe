package org.newsgraph.eval.polnear;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Formatter;
import java.util.Locale;
import org.newsgraph.eval.score.Score;

/**
 * The report of {@code newsgraph eval polnear} (and of {@code train attribution}'s cross-validation):
 * a text table of exact and overlap P/R/F1 per span, the relation and direct-quote scores, or the same
 * as one JSON object. Stateless.
 */
public final class PolnearReport {

    private PolnearReport() {
    }

    /** The text table of {@code scores}. */
    public static String table(PolnearRun.Scores scores) {
        return table(scores.scores(), scores.articles(), scores.gold(), scores.predicted());
    }

    /** The text table of {@code s} over {@code articles} articles with {@code gold} and {@code predicted} attributions. */
    public static String table(AttributionScores s, int articles, int gold, int predicted) {
        Formatter out = new Formatter(new StringBuilder(), Locale.ROOT);
        out.format("PolNeAR: %d articles, %d gold attributions, %d predicted%n%n", articles, gold, predicted);
        out.format("%-10s %21s   %21s%n", "", "exact  P     R     F1", "overlap  P     R     F1");
        row(out, "source", s.sourceExact(), s.sourceOverlap());
        row(out, "cue", s.cueExact(), s.cueOverlap());
        row(out, "content", s.contentExact(), s.contentOverlap());
        out.format("%n");
        out.format("relation          P %.3f  R %.3f  F1 %.3f%n", s.relation().precision(), s.relation().recall(),
                s.relation().f1());
        out.format("direct quotes     P %.3f  R %.3f  F1 %.3f%n", s.directRelation().precision(),
                s.directRelation().recall(), s.directRelation().f1());
        out.format("direct speakers   %d of %d right (%.1f%%)%n", s.directSpeakers(), s.directQuotes(),
                100 * s.directSpeakerAccuracy());
        return out.toString();
    }

    private static void row(Formatter out, String name, Score exact, Score overlap) {
        out.format("%-10s %.3f %.3f %.3f   %.3f %.3f %.3f%n", name, exact.precision(), exact.recall(), exact.f1(),
                overlap.precision(), overlap.recall(), overlap.f1());
    }

    /** {@code scores} as one line of JSON (no line break). */
    public static String json(PolnearRun.Scores scores) {
        AttributionScores s = scores.scores();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("articles", scores.articles()).put("gold", scores.gold()).put("predicted", scores.predicted());
        json(root, "source_exact", s.sourceExact());
        json(root, "source_overlap", s.sourceOverlap());
        json(root, "cue_exact", s.cueExact());
        json(root, "cue_overlap", s.cueOverlap());
        json(root, "content_exact", s.contentExact());
        json(root, "content_overlap", s.contentOverlap());
        json(root, "relation", s.relation());
        json(root, "direct_relation", s.directRelation());
        root.put("direct_quotes", s.directQuotes()).put("direct_speakers_right", s.directSpeakers())
                .put("direct_speaker_accuracy", s.directSpeakerAccuracy());
        return root.toString();
    }

    private static void json(ObjectNode root, String name, Score s) {
        root.putObject(name).put("p", s.precision()).put("r", s.recall()).put("f1", s.f1());
    }
}
