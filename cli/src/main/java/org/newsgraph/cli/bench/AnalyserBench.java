package org.newsgraph.cli.bench;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.corenlp.CoreNlpReference;

/**
 * The analyser phases of {@code newsgraph bench DIR}: one analyser at a time loads (timed, its peak
 * heap measured), warms up and runs one pass per thread count, and is released before the next one
 * loads, so that each heap figure belongs to one analyser. Each figure goes to {@code live} as it is
 * measured; progress to {@code progress}. Not thread-safe; one per bench.
 */
public final class AnalyserBench {

    private final Corpus corpus;
    private final List<Integer> threadCounts;
    private final int warmup;
    private final HeapMeter heap;
    private final ThroughputRunner runner;
    private final PrintWriter progress;
    private final Consumer<String> live;

    public AnalyserBench(Corpus corpus, List<Integer> threadCounts, int warmup, HeapMeter heap, PrintWriter progress,
            Consumer<String> live) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.threadCounts = List.copyOf(threadCounts);
        this.warmup = warmup;
        this.heap = Objects.requireNonNull(heap, "heap");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.live = Objects.requireNonNull(live, "live");
        this.runner = new ThroughputRunner(progress, heap);
    }

    /**
     * Loads newsgraph's analyser from {@code analyzers} and measures it as {@code system}. CoreNLP's
     * model cache is dropped first, so that an analyser measured after another loads its models anew.
     */
    public Measurement newsgraph(String system, Supplier<Analyzer> analyzers) {
        progress.println(system + ": loading models...");
        progress.flush();
        CoreNlpReference.releaseCachedModels();
        heap.resetPeaks();
        long start = System.nanoTime();
        Analyzer analyzer = analyzers.get();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long loadPeak = heap.peakBytes();
        TokenCounter counter = document ->
                analyzer.analyze(Article.of(document.id(), document.text())).tokens().size();
        return measure(system, loadSeconds, loadPeak, counter);
    }

    /** Loads CoreNLP's own full pipeline and measures it, after newsgraph's analyser is released. */
    public Measurement coreNlp() {
        progress.println("corenlp: loading models (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote)...");
        progress.flush();
        // newsgraph's analyser is unreachable by now, except through CoreNLP's model cache: drop
        // that, so that the reset's collection frees newsgraph's models before CoreNLP loads.
        CoreNlpReference.releaseCachedModels();
        heap.resetPeaks();
        long start = System.nanoTime();
        int concurrency = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        try (CoreNlpReference corenlp = CoreNlpReference.load(concurrency)) {
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long loadPeak = heap.peakBytes();
            // The same date newsgraph resolves relative dates against when an article has none.
            String docDate = LocalDate.now().toString();
            TokenCounter counter = document -> corenlp.annotate(document.text(), docDate);
            return measure("corenlp", loadSeconds, loadPeak, counter);
        }
    }

    private Measurement measure(String system, double loadSeconds, long loadPeak, TokenCounter counter) {
        Measurement loaded = new Measurement(system, loadSeconds, loadPeak, List.of());
        live.accept(BenchReport.loadLine(loaded));
        if (warmup > 0) {
            progress.printf(Locale.ROOT, "%s: warming up on %d documents...%n", system, Math.min(warmup, corpus.size()));
            progress.flush();
            runner.warmUp(system, counter, corpus, warmup);
        }
        List<Run> runs = new ArrayList<>();
        for (int n : threadCounts) {
            Run run = runner.run(system, counter, corpus, n);
            runs.add(run);
            live.accept(BenchReport.runLine(system, run));
        }
        return new Measurement(system, loadSeconds, loadPeak, runs);
    }
}
