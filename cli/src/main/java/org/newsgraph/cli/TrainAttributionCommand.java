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
 * ({@link LearnedCueVerbs}; {@code --cue-verbs-out} writes them). With {@code --folds K} it first reports
 * K-fold cross-validation by document (learn the cue verbs and train on K-1 folds, score the held-out one
 * with the {@code eval polnear} scorer). Exit codes: 0; 1 if some documents failed
 * (they are left out of training); 2 for bad arguments.
 */
@Command(name = "attribution",
        mixinStandardHelpOptions = true,
        description = {"Trains the attribution model on a PolNeAR split (DIR holds text/ and attributions/).",
            "The shipped model: newsgraph train attribution ../shared/data/polnear/train --cache DIR "
                    + "--out pipeline/src/main/resources/org/newsgraph/pipeline/attribution/attribution-model.tsv"})
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
        if (threads < 1 || limit < 1 || folds < 0 || folds == 1 || lambda < 0 || minCount < 1 || !(threshold > 0 && threshold < 1)
                || cueMinCount < 0 || !(cueMinPrecision >= 0 && cueMinPrecision <= 1)) {
            throw new UsageException("--threads, --limit and --min-count must be positive, --folds 0 or at least 2, "
                    + "--lambda and --cue-min-count not negative, --threshold between 0 and 1 and "
                    + "--cue-min-precision from 0 to 1");
        }
        List<PolnearDocument> documents = PolnearRuns.read(directory, limit);
        PrintWriter err = spec.commandLine().getErr();
        AttributionExtractor rules = new AttributionExtractor(Analyzer.standardLexicons(), null, LearnedCueVerbs.none());
        List<PolnearDocument> used = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        int failed = new PolnearRun(PolnearRuns.analysis(cache, rules, err), threads, err).analysed(documents, (d, doc) -> {
            used.add(d);
            docs.add(doc);
        });
        AttributionTrainer trainer = new AttributionTrainer(lambda, minCount, threshold);
        PrintWriter stdout = spec.commandLine().getOut();
        if (folds > 0) {
            crossValidate(trainer, used, docs, stdout, err);
        }
        LearnedCueVerbs learned = learnCueVerbs(used, docs, i -> true);
        List<List<AttributionProposal>> proposals = proposals(docs, learned);
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            examples.addAll(AttributionTrainer.label(proposals.get(i), used.get(i).attributions()));
        }
        err.printf(Locale.ROOT, "newsgraph: training on %d candidates of %d articles...%n", examples.size(), used.size());
        err.flush();
        AttributionModel model = trainer.train(examples);
        write(out, model::write);
        stdout.printf(Locale.ROOT, "wrote %s: %d features, threshold %.2f%n", out, model.size(), model.threshold());
        if (cueVerbsOut != null) {
            write(cueVerbsOut, learned::write);
            stdout.printf(Locale.ROOT, "wrote %s: %d learned cue verbs%n", cueVerbsOut, learned.size());
        }
        stdout.flush();
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
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

    /** Every document's candidates, by the rules with {@code learned} cue verbs. */
    private static List<List<AttributionProposal>> proposals(List<Doc> docs, LearnedCueVerbs learned) {
        AttributionExtractor rules = new AttributionExtractor(Analyzer.standardLexicons(), null, learned);
        return docs.stream().map(rules::proposals).toList();
    }

    private void crossValidate(AttributionTrainer trainer, List<PolnearDocument> used, List<Doc> docs,
            PrintWriter stdout, PrintWriter err) {
        int proposed = 0;
        AttributionScores rulesOnly = AttributionScores.ZERO;
        AttributionScores learned = AttributionScores.ZERO;
        int keptCount = 0;
        double[] sweep = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
        AttributionScores[] swept = new AttributionScores[sweep.length];
        java.util.Arrays.fill(swept, AttributionScores.ZERO);
        for (int fold = 0; fold < folds; fold++) {
            int heldOut = fold;
            // the cue verbs, like the model, are learned on the training folds only
            List<List<AttributionProposal>> proposals = proposals(docs, learnCueVerbs(used, docs, i -> i % folds != heldOut));
            List<AttributionTrainer.Example> examples = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                if (i % folds != fold) {
                    examples.addAll(AttributionTrainer.label(proposals.get(i), used.get(i).attributions()));
                }
            }
            AttributionModel model = trainer.train(examples);
            for (int i = fold; i < used.size(); i += folds) {
                List<Attribution> kept = proposals.get(i).stream().filter(p -> model.accepts(p.features()))
                        .map(AttributionProposal::attribution).toList();
                keptCount += kept.size();
                for (int t = 0; t < sweep.length; t++) {
                    AttributionModel at = model.withThreshold(sweep[t]);
                    swept[t] = swept[t].plus(AttributionScorer.score(docs.get(i).withAttributions(proposals.get(i).stream()
                            .filter(p -> at.accepts(p.features())).map(AttributionProposal::attribution).toList()),
                            used.get(i).attributions()));
                }
                learned = learned.plus(AttributionScorer.score(docs.get(i).withAttributions(kept), used.get(i).attributions()));
                List<Attribution> all = proposals.get(i).stream().map(AttributionProposal::attribution).toList();
                proposed += all.size();
                rulesOnly = rulesOnly.plus(AttributionScorer.score(docs.get(i).withAttributions(all), used.get(i).attributions()));
            }
            err.printf(Locale.ROOT, "newsgraph: fold %d/%d done%n", fold + 1, folds);
            err.flush();
        }
        int gold = used.stream().mapToInt(d -> d.attributions().size()).sum();
        stdout.printf(Locale.ROOT, "%d-fold cross-validation by article, rules alone:%n", folds);
        stdout.print(PolnearReport.table(rulesOnly, used.size(), gold, proposed));
        stdout.printf(Locale.ROOT, "%n%d-fold cross-validation by article, rules and model:%n", folds);
        stdout.print(PolnearReport.table(learned, used.size(), gold, keptCount));
        stdout.println();
        for (int t = 0; t < sweep.length; t++) {
            stdout.printf(Locale.ROOT, "threshold %.2f: relation P %.3f R %.3f F1 %.3f; content exact F1 %.3f%n", sweep[t],
                    swept[t].relation().precision(), swept[t].relation().recall(), swept[t].relation().f1(),
                    swept[t].contentExact().f1());
        }
        stdout.println();
        stdout.flush();
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
