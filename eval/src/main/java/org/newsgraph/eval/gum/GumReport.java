package org.newsgraph.eval.gum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Score;

/**
 * The figures of {@code newsgraph eval gum} as text tables (percentages) or as JSON (ratios in
 * [0, 1], with the raw numerators and denominators so that runs can be summed). Immutable.
 *
 * @param directory the GUM folder scored
 * @param scores    the corpus-level scores
 * @param failed    documents the analyser failed on (scored as finding nothing: their gold counts)
 */
public record GumReport(String directory, GumScores scores, int failed) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<MatchMode> MATCHES = List.of(MatchMode.EXACT, MatchMode.HEAD);

    /** The tables, each line without trailing spaces. */
    public String toText() {
        GumCounts c = scores.counts();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "GUM %s: %d documents scored%s%n", directory, c.documents(),
                failed == 0 ? "" : ", " + failed + " of them failed (scored as finding nothing)"));
        b.append(String.format(Locale.ROOT, "gold: %d mentions (%d named) in %d chains (%d with a named mention)%n",
                c.goldMentions(), c.goldNamedMentions(), c.goldChains(), c.goldNamedChains()));
        b.append(String.format(Locale.ROOT, "newsgraph: %d mentions (%d names) in %d entities%n",
                c.predictedMentions(), c.predictedNamedMentions(), c.predictedEntities()));
        if (c.documentsWithoutMentions() > 0) {
            b.append(String.format(Locale.ROOT, "note: %d of %d documents had no MENTIONS facet; their base named "
                    + "mentions were scored%n", c.documentsWithoutMentions(), c.documents()));
        }
        if (c.documentsWithoutEntities() > 0) {
            b.append(String.format(Locale.ROOT, "note: %d of %d documents had no ENTITIES facet; each of their "
                    + "mentions was scored as its own entity%n", c.documentsWithoutEntities(), c.documents()));
        }
        detectionTable(b, GoldScope.NAMED, "Mentions: named gold mentions (NNP/NNPS head) vs newsgraph NAME mentions");
        detectionTable(b, GoldScope.ALL, "Mentions: all gold mentions vs all newsgraph mentions");
        corefTable(b);
        return b.toString().replaceAll("(?m) +$", "");
    }

    private void detectionTable(StringBuilder b, GoldScope scope, String title) {
        b.append(String.format(Locale.ROOT, "%n%s%n", title));
        b.append(String.format(Locale.ROOT, "%-14s %6s %6s   %s   %s%n", "", "", "", center("exact span", 20),
                center("head", 20)));
        b.append(String.format(Locale.ROOT, "%-14s %6s %6s   %6s %6s %6s   %6s %6s %6s%n", "type", "gold", "pred",
                "P", "R", "F1", "P", "R", "F1"));
        DetectionScores exact = scores.detection(new Setting(scope, MatchMode.EXACT));
        DetectionScores head = scores.detection(new Setting(scope, MatchMode.HEAD));
        for (GumCategory category : GumCategory.values()) {
            detectionRow(b, category.label(), exact.category(category), head.category(category));
        }
        detectionRow(b, "all 5 types", exact.allTypes(), head.allTypes());
        detectionRow(b, "any type", exact.anyType(), head.anyType());
    }

    private static void detectionRow(StringBuilder b, String label, Score exact, Score head) {
        b.append(String.format(Locale.ROOT, "%-14s %6d %6d   %s   %s%n", label, (long) exact.recallDenominator(),
                (long) exact.precisionDenominator(), prf(exact), prf(head)));
    }

    private void corefTable(StringBuilder b) {
        b.append(String.format(Locale.ROOT, "%nCoreference: newsgraph entities vs GUM chains (CoNLL-2012 scorer definitions)%n"));
        b.append(String.format(Locale.ROOT, "%-8s   %s   %s%n", "", center("chains with a named mention", 41),
                center("all chains", 41)));
        b.append(String.format(Locale.ROOT, "%-8s   %s %s   %s %s%n", "", center("exact span", 20), center("head", 20),
                center("exact span", 20), center("head", 20)));
        b.append(String.format(Locale.ROOT, "%-8s   %s   %s%n", "metric", "     P      R     F1" + "      P      R     F1",
                "     P      R     F1" + "      P      R     F1"));
        String[] names = {"MUC", "B3", "CEAF-e"};
        for (int metric = 0; metric < names.length; metric++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", names[metric]));
            for (GoldScope scope : GoldScope.values()) {
                row.append("  ");
                for (MatchMode match : MATCHES) {
                    row.append(' ').append(prf(metric(scores.coreference(new Setting(scope, match)), metric)));
                }
            }
            b.append(row).append(System.lineSeparator());
        }
        StringBuilder conll = new StringBuilder(String.format(Locale.ROOT, "%-8s", "CoNLL F1"));
        for (GoldScope scope : GoldScope.values()) {
            conll.append("  ");
            for (MatchMode match : MATCHES) {
                conll.append(String.format(Locale.ROOT, " %13s %6s", "",
                        percent(scores.coreference(new Setting(scope, match)).conllF1())));
            }
        }
        b.append(conll).append(System.lineSeparator());
    }

    /** {@code text} centred in {@code width} columns between dashes. */
    private static String center(String text, int width) {
        int dashes = Math.max(0, width - text.length() - 2);
        String left = "-".repeat(dashes / 2);
        return left + " " + text + " " + "-".repeat(dashes - dashes / 2);
    }

    private static Score metric(CorefScores c, int index) {
        return switch (index) {
            case 0 -> c.muc();
            case 1 -> c.bCubed();
            default -> c.ceafE();
        };
    }

    private static String prf(Score s) {
        return String.format(Locale.ROOT, "%6s %6s %6s", percent(s.precision()), percent(s.recall()), percent(s.f1()));
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f", 100 * ratio);
    }

    /** One indented JSON object, without a final line end. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("corpus", "gum");
        root.put("directory", directory);
        root.put("failed", failed);
        root.set("counts", JSON.valueToTree(scores.counts()));
        ObjectNode mentions = root.putObject("mentions");
        ObjectNode coreference = root.putObject("coreference");
        for (GoldScope scope : GoldScope.values()) {
            ObjectNode mentionScope = mentions.putObject(scope.label());
            ObjectNode corefScope = coreference.putObject(scope.label());
            for (MatchMode match : MATCHES) {
                Setting setting = new Setting(scope, match);
                DetectionScores d = scores.detection(setting);
                ObjectNode byType = mentionScope.putObject(match.label());
                for (GumCategory category : GumCategory.values()) {
                    score(byType.putObject(category.label()), d.category(category));
                }
                score(byType.putObject("allTypes"), d.allTypes());
                score(byType.putObject("anyType"), d.anyType());
                CorefScores c = scores.coreference(setting);
                ObjectNode node = corefScope.putObject(match.label());
                score(node.putObject("muc"), c.muc());
                score(node.putObject("bCubed"), c.bCubed());
                score(node.putObject("ceafE"), c.ceafE());
                node.put("conllF1", round(c.conllF1()));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void score(ObjectNode node, Score s) {
        node.put("precision", round(s.precision()));
        node.put("recall", round(s.recall()));
        node.put("f1", round(s.f1()));
        node.put("recallNumerator", round(s.recallNumerator()));
        node.put("recallDenominator", round(s.recallDenominator()));
        node.put("precisionNumerator", round(s.precisionNumerator()));
        node.put("precisionDenominator", round(s.precisionDenominator()));
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
