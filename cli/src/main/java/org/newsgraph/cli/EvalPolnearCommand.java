package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.polnear.PolnearDocument;
import org.newsgraph.eval.polnear.PolnearReport;
import org.newsgraph.eval.polnear.PolnearRun;
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
        PolnearRun.Scores scores = new PolnearRun(PolnearRuns.analysis(cache, attribution, err), threads, err)
                .score(documents);
        out.print(format.equals("json") ? PolnearReport.json(scores) + System.lineSeparator() : PolnearReport.table(scores));
        out.flush();
        return scores.failed() == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }
}
