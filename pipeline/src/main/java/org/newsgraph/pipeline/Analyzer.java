package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.Objects;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.attribution.AttributionExtractor;
import org.newsgraph.pipeline.corenlp.CoreNlpAnnotator;
import org.newsgraph.pipeline.corenlp.CoreNlpGazetteers;
import org.newsgraph.pipeline.event.EventExtractor;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.link.AliasIndex;
import org.newsgraph.pipeline.link.EntityLinker;
import org.newsgraph.pipeline.entity.EntityResolver;
import org.newsgraph.pipeline.language.LanguageGate;
import org.newsgraph.pipeline.entity.MentionCorrector;
import org.newsgraph.pipeline.quantity.QuantityExtractor;
import org.newsgraph.pipeline.role.RoleExtractor;
import org.newsgraph.pipeline.timex.TimexNormalizer;

/**
 * newsgraph's standard per-article analysis: the full pipeline from raw text to entities, roles,
 * dates, quantities, attributions and events. Create one per process (models load in the constructor, about 10 s) and
 * share it: {@link #analyze} is thread-safe.
 */
public final class Analyzer {

    private final AnalyzerConfig config;
    private final Pipeline pipeline;

    private Analyzer(AnalyzerConfig config, Pipeline pipeline) {
        this.config = config;
        this.pipeline = pipeline;
    }

    /** Loads the models and assembles the pipeline. */
    public static Analyzer create(AnalyzerConfig config) {
        Objects.requireNonNull(config, "config");
        Lexicons lexicons = standardLexicons();
        Pipeline.Builder builder = Pipeline.builder("newsgraph")
                .add(new LanguageGate())
                .add(new CoreNlpAnnotator(config.corenlp()))
                .add(new MentionCorrector(lexicons))
                .add(new EntityResolver(lexicons))
                .add(new RoleExtractor(lexicons));
        if (config.linkIndex() != null) {
            builder.add(new EntityLinker(AliasIndex.open(config.linkIndex()), config.link()));
        }
        Pipeline pipeline = builder
                .add(new TimexNormalizer())
                .add(new QuantityExtractor())
                .add(new AttributionExtractor(lexicons))
                .add(new EventExtractor(lexicons))
                .build();
        return new Analyzer(config, pipeline);
    }

    /** The word lists of the standard pipeline, read once per process (CoreNLP's gazetteers take ~0.5 s). */
    public static Lexicons standardLexicons() {
        return LexiconHolder.INSTANCE;
    }

    private static final class LexiconHolder {
        static final Lexicons INSTANCE = new Lexicons(CoreNlpGazetteers.load());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** How long {@link #analyze(Article, Duration)} lets one article take by default. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    /**
     * Analyses one article, taking at most {@code budget}: when it runs out the analysis stops at
     * the next cancellation point (between stages, CoreNLP chunks or sentences; well under a second
     * on any input up to the length limit) and this throws.
     *
     * @throws RejectedInputException     if the text is empty, too long or not English
     * @throws StageException             if a stage fails
     * @throws AnalysisCancelledException if the budget runs out ({@code timedOut()}) or the thread is interrupted
     */
    public Doc analyze(Article article, Duration budget) {
        Objects.requireNonNull(article, "article");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive: " + budget);
        }
        return TimeBudget.run(budget, () -> analyze(article));
    }

    /**
     * Analyses one article without a time budget. The analysis honours thread interruption: a
     * caller that no longer needs the result interrupts the analysing thread, which then stops at
     * the next cancellation point and throws {@link AnalysisCancelledException}.
     *
     * @throws RejectedInputException     if the text is empty, too long or not English
     * @throws StageException             if a stage fails
     * @throws AnalysisCancelledException if the thread is interrupted
     */
    public Doc analyze(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        if (text.isBlank()) {
            throw new RejectedInputException("the text is empty");
        }
        if (text.length() > config.maxChars()) {
            throw new RejectedInputException(String.format(java.util.Locale.ROOT,
                    "the text has %,d characters, over the limit of %,d (raise it with --max-chars)",
                    text.length(), config.maxChars()));
        }
        return pipeline.apply(Doc.of(article));
    }
}
