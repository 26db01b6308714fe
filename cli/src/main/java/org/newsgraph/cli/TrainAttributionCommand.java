package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.polnear.AttributionScorer;
import org.newsgraph.eval.polnear.AttributionScores;
import org.newsgraph.eval.polnear.GoldAttribution;
import org.newsgraph.eval.polnear.PolnearDocument;
import org.newsgraph.eval.polnear.PolnearReport;
import org.newsgraph.eval.polnear.PolnearRun;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.attribution.AttributionExtractor;
import org.newsgraph.pipeline.attribution.AttributionModel;
import org.newsgraph.pipeline.attribution.AttributionProposal;
import org.newsgraph.pipeline.attribution.LearnedCueVerbs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train attribution DIR --out FILE}: trains the model that decides which of the
 * attribution rules' candidates are attributions, on a PolNeAR split, and writes it as text; the cue
 * verbs the rules add to their hand-made list are learned from the split's gold cues first
 * ({@link LearnedCueVerbs}; {@code --cue-verbs-out} writes them), then the model that chooses where the
 * candidates' contents begin and end ({@code --boundaries-out} writes it), and the acceptance model is
 * trained on the candidates with the learned boundaries. With {@code --folds K} it first reports
 * K-fold cross-validation by document (learn the cue verbs and train on K-1 folds, score the held-out one
 * with the {@code eval polnear} scorer). Exit codes: 0; 1 if some documents failed
 * (they are left out of training); 2 for bad arguments.
 */
@Command(name = "attribution",
        mixinStandardHelpOptions = true,
        description = {"Trains the attribution model on a PolNeAR split (DIR holds text/ and attributions/).",
            "The shipped model: newsgraph train attribution ../shared/data/polnear/train --cache DIR "
                    + "--out pipeline/src/main/resources/org/newsgraph/pipeline/attribution/attribution-model.tsv "
                    + "--boundaries-out pipeline/src/main/resources/org/newsgraph/pipeline/attribution/content-boundary-model.tsv"})
public final class TrainAttributionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split, e.g. ../shared/data/polnear/train.")
    private Path directory;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    private Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Articles analysed up to attribution, as for eval polnear.")
    private Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default 1).")
    private int threads = 1;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--folds", paramLabel = "K", description = "Report K-fold cross-validation first (0: none).")
    private int folds;

    @Option(names = "--lambda", paramLabel = "L", description = "L2 regularisation (default 2).")
    private double lambda = 2;

    @Option(names = "--min-count", paramLabel = "N", description = "Keep features seen in at least N candidates (default 3).")
    private int minCount = 3;

    @Option(names = "--threshold", paramLabel = "P", description = "Keep candidates of at least this probability (default 0.3).")
    private double threshold = 0.3;

    @Option(names = "--boundaries-out", paramLabel = "FILE",
            description = "Where to write the model of content boundaries (the shipped one is "
                    + "pipeline/src/main/resources/org/newsgraph/pipeline/attribution/content-boundary-model.tsv).")
    private Path boundariesOut;

    @Option(names = "--boundary-lambda", paramLabel = "L", description = "L2 regularisation of the boundary model (default 1).")
    private double boundaryLambda = 1;

    @Option(names = "--cue-verbs-out", paramLabel = "FILE",
            description = "Where to write the cue verbs learned from the split's gold cues (the shipped list is "
                    + "pipeline/src/main/resources/org/newsgraph/pipeline/attribution/learned-cue-verbs.tsv).")
    private Path cueVerbsOut;

    @Option(names = "--cue-min-count", paramLabel = "N",
            description = "Learn a cue verb seen in at least N gold cues (default 5; 0: learn none).")
    private int cueMinCount = 5;

    @Option(names = "--cue-min-precision", paramLabel = "P",
            description = "... and in at least this share of its uses as a verb (default 0.2).")
    private double cueMinPrecision = 0.2;

    @Override
    public Integer call() {
        if (threads < 1 || limit < 1 || folds < 0 || folds == 1 || lambda < 0 || boundaryLambda < 0 || minCount < 1 || !(threshold > 0 && threshold < 1)
                || cueMinCount < 0 || !(cueMinPrecision >= 0 && cueMinPrecision <= 1)) {
            throw new UsageException("--threads, --limit and --min-count must be positive, --folds 0 or at least 2, "
                    + "--lambda, --boundary-lambda and --cue-min-count not negative, --threshold between 0 and 1 and "
                    + "--cue-min-precision from 0 to 1");
        }
        List<PolnearDocument> documents = PolnearRuns.read(directory, limit);
        PrintWriter err = spec.commandLine().getErr();
        AttributionExtractor rules = new AttributionExtractor(Analyzer.standardLexicons(), null, null, LearnedCueVerbs.none());
        List<PolnearDocument> used = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        int failed = new PolnearRun(PolnearRuns.analysis(cache, rules, err), threads, err).analysed(documents, (d, doc) -> {
            used.add(d);
            docs.add(doc);
        });
        PrintWriter stdout = spec.commandLine().getOut();
        if (folds > 0) {
            crossValidate(used, docs, stdout, err);
        }
        err.printf(Locale.ROOT, "newsgraph: training on %d articles...%n", used.size());
        err.flush();
        Fitted fitted = fit(used, docs, i -> true);
        write(out, fitted.model()::write);
        stdout.printf(Locale.ROOT, "wrote %s: %d features, threshold %.2f%n", out, fitted.model().size(),
                fitted.model().threshold());
        if (boundariesOut != null) {
            write(boundariesOut, fitted.boundaries()::write);
            stdout.printf(Locale.ROOT, "wrote %s: %d boundary features%n", boundariesOut, fitted.boundaries().size());
        }
        if (cueVerbsOut != null) {
            write(cueVerbsOut, fitted.verbs()::write);
            stdout.printf(Locale.ROOT, "wrote %s: %d learned cue verbs%n", cueVerbsOut, fitted.verbs().size());
        }
        stdout.flush();
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    /** What training on some documents gives: the cue verbs, the boundary model, the acceptance model. */
    private record Fitted(LearnedCueVerbs verbs, AttributionModel boundaries, AttributionModel model) {
    }

    /**
     * Learns, on the documents {@code include} accepts (by index), the cue verbs, then the boundary model
     * on the rules' candidates, then the acceptance model on the candidates with learned boundaries.
     */
    private Fitted fit(List<PolnearDocument> used, List<Doc> docs, IntPredicate include) {
        LearnedCueVerbs verbs = learnCueVerbs(used, docs, include);
        AttributionExtractor rules = new AttributionExtractor(Analyzer.standardLexicons(), null, null, verbs);
        List<AttributionTrainer.Example> places = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (include.test(i)) {
                places.addAll(AttributionTrainer.labelBoundaries(rules.contentChoices(docs.get(i)), used.get(i).attributions()));
            }
        }
        AttributionModel boundaries = new AttributionTrainer(boundaryLambda, minCount, 0.5).train(places);
        AttributionExtractor bounded = new AttributionExtractor(Analyzer.standardLexicons(), null, boundaries, verbs);
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (include.test(i)) {
                examples.addAll(AttributionTrainer.label(bounded.proposals(docs.get(i)), used.get(i).attributions()));
            }
        }
        return new Fitted(verbs, boundaries, new AttributionTrainer(lambda, minCount, threshold).train(examples));
    }

    /** Cue verbs learned from the gold cues of the documents {@code include} accepts (by index). */
    private LearnedCueVerbs learnCueVerbs(List<PolnearDocument> used, List<Doc> docs, IntPredicate include) {
        if (cueMinCount == 0) {
            return LearnedCueVerbs.none();
        }
        List<Doc> chosen = new ArrayList<>();
        List<List<Span>> cues = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (include.test(i)) {
                Doc doc = docs.get(i);
                chosen.add(doc);
                cues.add(used.get(i).attributions().stream().map(GoldAttribution::cue).filter(Objects::nonNull)
                        .flatMap(g -> g.fragments().stream()).map(f -> Span.of(doc.text(), f[0], f[1])).toList());
            }
        }
        return LearnedCueVerbs.learn(chosen, cues, cueMinCount, cueMinPrecision);
    }

    private void crossValidate(List<PolnearDocument> used, List<Doc> docs, PrintWriter stdout, PrintWriter err) {
        // rules alone; rules and acceptance model (rules' boundaries); rules, boundary and acceptance models
        AttributionScores[] scores = {AttributionScores.ZERO, AttributionScores.ZERO, AttributionScores.ZERO};
        int[] predicted = new int[3];
        double[] sweep = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
        AttributionScores[] swept = new AttributionScores[sweep.length];
        java.util.Arrays.fill(swept, AttributionScores.ZERO);
        for (int fold = 0; fold < folds; fold++) {
            int heldOut = fold;
            // the cue verbs and both models are learned on the training folds only
            Fitted fitted = fit(used, docs, i -> i % folds != heldOut);
            AttributionExtractor rules = new AttributionExtractor(Analyzer.standardLexicons(), null, null, fitted.verbs());
            AttributionExtractor bounded = new AttributionExtractor(Analyzer.standardLexicons(), null, fitted.boundaries(),
                    fitted.verbs());
            List<AttributionTrainer.Example> ruleExamples = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                if (i % folds != fold) {
                    ruleExamples.addAll(AttributionTrainer.label(rules.proposals(docs.get(i)), used.get(i).attributions()));
                }
            }
            AttributionModel unbounded = new AttributionTrainer(lambda, minCount, threshold).train(ruleExamples);
            for (int i = fold; i < used.size(); i += folds) {
                List<GoldAttribution> gold = used.get(i).attributions();
                List<AttributionProposal> raw = rules.proposals(docs.get(i));
                List<AttributionProposal> withBounds = bounded.proposals(docs.get(i));
                List<List<Attribution>> runs = List.of(kept(raw, null), kept(raw, unbounded), kept(withBounds, fitted.model()));
                for (int r = 0; r < runs.size(); r++) {
                    predicted[r] += runs.get(r).size();
                    scores[r] = scores[r].plus(AttributionScorer.score(docs.get(i).withAttributions(runs.get(r)), gold));
                }
                for (int t = 0; t < sweep.length; t++) {
                    swept[t] = swept[t].plus(AttributionScorer.score(docs.get(i).withAttributions(
                            kept(withBounds, fitted.model().withThreshold(sweep[t]))), gold));
                }
            }
            err.printf(Locale.ROOT, "newsgraph: fold %d/%d done%n", fold + 1, folds);
            err.flush();
        }
        int gold = used.stream().mapToInt(d -> d.attributions().size()).sum();
        String[] names = {"rules alone", "rules and acceptance model", "rules, boundary and acceptance models"};
        for (int r = 0; r < names.length; r++) {
            stdout.printf(Locale.ROOT, "%d-fold cross-validation by article, %s:%n", folds, names[r]);
            stdout.print(PolnearReport.table(scores[r], used.size(), gold, predicted[r]));
            stdout.println();
        }
        for (int t = 0; t < sweep.length; t++) {
            stdout.printf(Locale.ROOT, "threshold %.2f: relation P %.3f R %.3f F1 %.3f; content exact F1 %.3f%n", sweep[t],
                    swept[t].relation().precision(), swept[t].relation().recall(), swept[t].relation().f1(),
                    swept[t].contentExact().f1());
        }
        stdout.println();
        stdout.flush();
    }

    /** The attributions of the proposals {@code model} accepts (all for {@code null}). */
    private static List<Attribution> kept(List<AttributionProposal> proposals, @Nullable AttributionModel model) {
        return proposals.stream().filter(p -> model == null || model.accepts(p.features()))
                .map(AttributionProposal::attribution).toList();
    }

    private static void write(Path out, Consumer<PrintWriter> content) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                content.accept(w);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage());
        }
    }
}
