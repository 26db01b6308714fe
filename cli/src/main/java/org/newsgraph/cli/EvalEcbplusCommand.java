package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.eval.ecbplus.EcbplusCorpus;
import org.newsgraph.eval.ecbplus.TopicRange;
import org.newsgraph.eval.ecbplus.TopicScores;
import org.newsgraph.eval.ecbplus.TriggerScorer;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;
import org.newsgraph.pipeline.event.Trigger;
import org.newsgraph.pipeline.event.TriggerFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval ecbplus DIR}: analyses ECB+ documents and scores event-trigger detection
 * (newsgraph's {@link TriggerFinder}, untyped) against the gold action mentions; with {@code --cross-doc},
 * cross-document event coreference of the stories against the gold event chains, next to the same-lemma
 * baseline ({@link EvalEcbplusCrossDoc}). Scores go to standard output, progress and failed documents to standard error. Exit codes: 0; 1 if some documents failed
 * to analyse; 2 for a folder that is not an ECB+ release, a bad topic range or no documents.
 */
@Command(name = "ecbplus",
        mixinStandardHelpOptions = true,
        description = {
            "Scores newsgraph's event-trigger detection against ECB+ (DIR holds ECBplus_coreference_sentences.csv "
                    + "and the topic folders, directly or in DIR/ECB+).",
            "",
            "Text: each document's tokens rebuilt as plain text (one sentence a line; punctuation and clitics "
                    + "attached), analysed whole with no publication date.",
            "Gold: ACTION_* and NEG_ACTION_* mentions whose first token lies in a sentence listed in "
                    + "ECBplus_coreference_sentences.csv.",
            "Predicted: every trigger of TriggerFinder (verbs, event nouns, state adjectives; untyped) that "
                    + "overlaps a token of a listed sentence.",
            "Matching: a prediction is right and a gold mention found when they share a token (lenient "
                    + "overlap); P, R and F1 are summed over documents (micro-average).",
            "With --cross-doc: each topic's documents are analysed and stored into a fresh temporary store (with "
                    + "--mentions triggers, the default, every trigger is stored as an event of one type); the "
                    + "stories are clusters over the stored events (predicted mentions) of the listed sentences, "
                    + "aligned one-to-one to gold action mentions they share a token with, and scored against the "
                    + "gold cross-document chains (MUC, B3, CEAF-e, CoNLL F1, summed over topics); the same-lemma "
                    + "baseline clusters the same events by trigger lemma within a topic.",
            ""})
public final class EvalEcbplusCommand implements Callable<Integer> {

    /** How the scores are printed. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The ECB+ release folder, e.g. ../shared/data/ecbplus.")
    private Path directory;

    @Option(names = "--topics", paramLabel = "RANGE", defaultValue = "1-35",
            description = "Topics to score, e.g. 23-25 (the dev split) or 7 (default: ${DEFAULT-VALUE}).")
    private String topics = "1-35";

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--cross-doc",
            description = "Score cross-document event coreference instead: each topic is ingested into a fresh "
                    + "store and its stories are scored against the gold event chains (MUC, B3, CEAF-e, CoNLL F1), "
                    + "next to the same-lemma baseline.")
    private boolean crossDoc;

    @Option(names = "--mentions", paramLabel = "KIND", defaultValue = "triggers",
            description = "With --cross-doc, the predicted event mentions stored and clustered: events (newsgraph's "
                    + "PLOVER-typed events) or triggers (also every other trigger, all of one type) (default: ${DEFAULT-VALUE}).")
    private EvalEcbplusCrossDoc.Mentions mentions = EvalEcbplusCrossDoc.Mentions.triggers;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1: " + limit);
        }
        TopicRange range = range();
        EcbplusCorpus corpus = read(range);
        List<EcbDocument> documents = corpus.documents().subList(0, Math.min(limit, corpus.documents().size()));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph: loading models...");
        err.flush();
        Analyzer analyzer = Analyzers.get(AnalyzerConfig.defaults());
        if (crossDoc) {
            EvalEcbplusCrossDoc.Scores scores = new EvalEcbplusCrossDoc(analyzer::analyze, mentions, err)
                    .run(documents, corpus.selection());
            out.print(format == Format.text ? EvalEcbplusCrossDoc.text(range.toString(), scores)
                    : EvalEcbplusCrossDoc.json(range.toString(), scores));
            out.flush();
            return scores.failed() > 0 ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
        }
        TriggerFinder finder = new TriggerFinder();
        TopicScores scores = TopicScores.EMPTY;
        int failed = 0;
        for (int i = 0; i < documents.size(); i++) {
            EcbDocument gold = documents.get(i);
            try {
                Doc doc = analyzer.analyze(Article.of(gold.name(), gold.text()));
                List<Span> predicted = finder.find(doc).stream().map(Trigger::span).toList();
                scores = scores.plus(gold.topic(), TriggerScorer.score(gold, predicted, corpus.selection()));
            } catch (RejectedInputException | StageException e) {
                err.println("newsgraph: " + gold.name() + ": " + e.getMessage());
                failed++;
            }
            if ((i + 1) % 25 == 0) {
                err.printf(Locale.ROOT, "newsgraph: %d/%d documents%n", i + 1, documents.size());
                err.flush();
            }
        }
        out.print(format == Format.text ? text(range, documents.size() - failed, scores) : json(range, scores));
        out.flush();
        return failed > 0 ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
    }

    private TopicRange range() {
        try {
            return TopicRange.parse(topics);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--topics: " + e.getMessage());
        }
    }

    private EcbplusCorpus read(TopicRange range) {
        if (!Files.isDirectory(directory)) {
            throw new UsageException("not a directory: " + directory);
        }
        EcbplusCorpus corpus;
        try {
            corpus = EcbplusCorpus.read(directory, range);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage() + ": " + e.getCause().getMessage());
        } catch (CorpusFormatException e) {
            throw new UsageException(e.getMessage());
        }
        if (corpus.documents().isEmpty()) {
            throw new UsageException("no ECB+ documents with listed sentences in topics " + range + " of " + directory);
        }
        return corpus;
    }

    private static String text(TopicRange range, int documents, TopicScores scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "ECB+ event triggers, topics %s: %d documents%n%n", range, documents));
        sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %7s %7s%n", "topic", "P", "R", "F1", "gold", "pred"));
        for (Map.Entry<Integer, Score> e : scores.sorted().entrySet()) {
            sb.append(row(Integer.toString(e.getKey()), e.getValue()));
        }
        sb.append(row("all", scores.total()));
        return sb.toString();
    }

    private static String row(String label, Score s) {
        return String.format(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f %7d %7d%n", label, s.precision(), s.recall(), s.f1(),
                Math.round(s.recallDenominator()), Math.round(s.precisionDenominator()));
    }

    private static String json(TopicRange range, TopicScores scores) {
        StringBuilder sb = new StringBuilder("{\"topics\":\"").append(range).append("\",\"all\":");
        sb.append(json(scores.total())).append(",\"by_topic\":{");
        String sep = "";
        for (Map.Entry<Integer, Score> e : scores.sorted().entrySet()) {
            sb.append(sep).append('"').append(e.getKey()).append("\":").append(json(e.getValue()));
            sep = ",";
        }
        return sb.append("}}").append(System.lineSeparator()).toString();
    }

    private static String json(Score s) {
        return String.format(Locale.ROOT, "{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f,\"gold\":%d,\"predicted\":%d}",
                s.precision(), s.recall(), s.f1(), Math.round(s.recallDenominator()),
                Math.round(s.precisionDenominator()));
    }
}
