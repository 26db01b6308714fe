package org.newsgraph.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.polnear.AttributionScorer;
import org.newsgraph.eval.polnear.AttributionScores;
import org.newsgraph.eval.polnear.PolnearDocument;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.attribution.AttributionExtractor;
import org.newsgraph.pipeline.attribution.AttributionModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval polnear DIR}: analyses each article of a PolNeAR split and scores the
 * attributions against its annotation. Exit codes: 0; 1 if some documents failed; 2 for a folder
 * that is not a PolNeAR split.
 */
@Command(name = "polnear",
        mixinStandardHelpOptions = true,
        description = {
            "Scores newsgraph's attributions against PolNeAR (DIR holds text/ and attributions/).",
            "",
            "One annotation per article: the first annotator's file in name order. Publication dates come "
                    + "from the file names.",
            "Spans: exact = the same boundaries as the gold span (or one of its fragments); overlap = a "
                    + "shared character. Each attribution's span counts as one item.",
            "Relation: the contents overlap and, where the gold has a source, the sources overlap too.",
            "Direct quotes: gold contents inside quotation marks; speaker right = newsgraph's source "
                    + "overlaps the gold source or is the same entity as a mention there.",
            ""})
public final class EvalPolnearCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split, e.g. ../shared/data/polnear/dev.")
    private Path directory;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    private String format = "text";

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep each article analysed up to the "
            + "attribution stage in DIR and reuse it on later runs (only attribution is then re-run).")
    private Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default 1).")
    private int threads = 1;

    @Option(names = "--model", paramLabel = "FILE", description = "An attribution model from `newsgraph train "
            + "attribution` instead of the shipped one.")
    private Path model;

    @Option(names = "--boundary-model", paramLabel = "FILE", description = "A content-boundary model from `newsgraph "
            + "train attribution --boundaries-out` instead of the shipped one.")
    private Path boundaryModel;

    @Override
    public Integer call() {
        if (limit < 1 || threads < 1 || !(format.equals("text") || format.equals("json"))) {
            throw new UsageException("--limit and --threads must be positive and --format text or json");
        }
        List<PolnearDocument> documents = PolnearRuns.read(directory, limit);
        AttributionExtractor attribution = new AttributionExtractor(Analyzer.standardLexicons(),
                model == null ? AttributionModel.shipped().orElse(null) : PolnearRuns.model(model),
                boundaryModel == null ? AttributionExtractor.shippedBoundaries().orElse(null) : PolnearRuns.model(boundaryModel));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PolnearRuns.Result> outcomes = PolnearRuns.analyse(documents, cache, threads, attribution, err);
        AttributionScores total = AttributionScores.ZERO;
        int failed = 0;
        int gold = 0;
        int predicted = 0;
        for (int i = 0; i < documents.size(); i++) {
            PolnearDocument d = documents.get(i);
            PolnearRuns.Result o = outcomes.get(i);
            gold += d.attributions().size();
            if (o.doc() == null) {
                failed++;
                err.println(d.id() + ": " + o.error());
                total = total.plus(AttributionScorer.score(Doc.of(PolnearRuns.article(d)), d.attributions()));
            } else {
                total = total.plus(AttributionScorer.score(o.doc(), d.attributions()));
                predicted += o.doc().attributions().size();
            }
        }
        if (format.equals("json")) {
            printJson(out, total, documents.size() - failed, gold, predicted);
        } else {
            printTable(out, total, documents.size() - failed, gold, predicted);
        }
        out.flush();
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    static void printTable(PrintWriter out, AttributionScores s, int docs, int gold, int predicted) {
        out.printf(Locale.ROOT, "PolNeAR: %d articles, %d gold attributions, %d predicted%n%n", docs, gold, predicted);
        out.printf(Locale.ROOT, "%-10s %21s   %21s%n", "", "exact  P     R     F1", "overlap  P     R     F1");
        row(out, "source", s.sourceExact(), s.sourceOverlap());
        row(out, "cue", s.cueExact(), s.cueOverlap());
        row(out, "content", s.contentExact(), s.contentOverlap());
        out.println();
        out.printf(Locale.ROOT, "relation          P %.3f  R %.3f  F1 %.3f%n", s.relation().precision(),
                s.relation().recall(), s.relation().f1());
        out.printf(Locale.ROOT, "direct quotes     P %.3f  R %.3f  F1 %.3f%n", s.directRelation().precision(),
                s.directRelation().recall(), s.directRelation().f1());
        out.printf(Locale.ROOT, "direct speakers   %d of %d right (%.1f%%)%n", s.directSpeakers(), s.directQuotes(),
                100 * s.directSpeakerAccuracy());
    }

    private static void row(PrintWriter out, String name, Score exact, Score overlap) {
        out.printf(Locale.ROOT, "%-10s %.3f %.3f %.3f   %.3f %.3f %.3f%n", name, exact.precision(), exact.recall(),
                exact.f1(), overlap.precision(), overlap.recall(), overlap.f1());
    }

    private static void printJson(PrintWriter out, AttributionScores s, int docs, int gold, int predicted) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("articles", docs).put("gold", gold).put("predicted", predicted);
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
        out.println(root.toString());
    }

    private static void json(ObjectNode root, String name, Score s) {
        root.putObject(name).put("p", s.precision()).put("r", s.recall()).put("f1", s.f1());
    }
}
