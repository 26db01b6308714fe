package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.eval.ecbplus.CrossDocReport;
import org.newsgraph.eval.ecbplus.CrossDocRun;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.eval.ecbplus.EcbplusCorpus;
import org.newsgraph.eval.ecbplus.TopicRange;
import org.newsgraph.eval.ecbplus.TriggerReport;
import org.newsgraph.eval.ecbplus.TriggerRun;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
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
 * baseline ({@link CrossDocRun}; with {@code --via-export} the stories are read from the exported JSON
 * lines). The runs are {@link TriggerRun} and {@link CrossDocRun}. Scores go to standard output,
 * progress and failed documents to standard error. Exit codes: 0; 1 if some documents failed
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
                    + "baseline clusters the same events by trigger lemma within a topic. With --via-export the "
                    + "stories are read from each topic's export --format jsonl lines (events[].story) instead.",
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
    private CrossDocRun.Mentions mentions = CrossDocRun.Mentions.triggers;

    @Option(names = "--via-export",
            description = "With --cross-doc, read each topic's stories from its `export --format jsonl` lines "
                    + "(events[].story) instead of the store: the figures must be the same.")
    private boolean viaExport;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1: " + limit);
        }
        if (viaExport && !crossDoc) {
            throw new UsageException("--via-export reads the stories of --cross-doc; give --cross-doc too");
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
            CrossDocRun.Scores scores = new CrossDocRun(analyzer::analyze, mentions,
                    viaExport ? CrossDocRun.Source.EXPORT : CrossDocRun.Source.STORE, err)
                    .run(documents, corpus.selection());
            out.print(format == Format.text ? CrossDocReport.text(range, scores)
                    : CrossDocReport.json(range, scores) + System.lineSeparator());
            out.flush();
            return scores.failed() > 0 ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
        }
        TriggerRun.Scores scores = new TriggerRun(analyzer::analyze, err).run(documents, corpus.selection());
        out.print(format == Format.text ? TriggerReport.text(range, scores)
                : TriggerReport.json(range, scores) + System.lineSeparator());
        out.flush();
        return scores.failed() > 0 ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
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
}
