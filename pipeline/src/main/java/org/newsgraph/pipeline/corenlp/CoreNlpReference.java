package org.newsgraph.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * CoreNLP's own full pipeline, {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
 * statistical coreference and CoreNLP's default settings otherwise: what a Java user who wants
 * quotes with speakers would run instead of newsgraph. It exists only as a yardstick for
 * {@code newsgraph bench --compare-corenlp}; newsgraph's analysis never uses it.
 *
 * <p>Thread-safety: {@link #annotate} may be called from up to {@code concurrency} threads at once
 * (more callers wait). CoreNLP runs one shared {@link StanfordCoreNLP} for the annotators up to
 * {@code coref}, as its own {@code -threads} mode does. The {@code quote} annotator is not
 * thread-safe in CoreNLP 4.5: its {@code QuoteAttributionAnnotator} keeps the current document's
 * speaker candidates ({@code characterMap}) in an instance field, so concurrent documents would
 * take each other's speakers. Nor does a second {@code StanfordCoreNLP} help, because CoreNLP
 * caches annotators JVM-wide by their properties and would hand back the same instance. So each
 * of the {@code concurrency} slots gets its own quote annotator, built exactly as CoreNLP builds
 * it for {@code quote} (each loads a small dependency parser of its own).
 *
 * <p>Needs a heap of about 6 GB. Construction clears CoreNLP's JVM-wide annotator cache first, so
 * that the load is timed cold rather than reusing models another pipeline in the same JVM has
 * loaded; {@link #close} clears it again so the models can be collected.
 */
public final class CoreNlpReference implements AutoCloseable {

    /** The annotators run, in order. */
    public static final List<String> ANNOTATORS =
            List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote");

    private final StanfordCoreNLP upToCoref;
    private final BlockingQueue<Annotator> quoteAnnotators;
    private volatile boolean closed;

    private CoreNlpReference(StanfordCoreNLP upToCoref, BlockingQueue<Annotator> quoteAnnotators) {
        this.upToCoref = upToCoref;
        this.quoteAnnotators = quoteAnnotators;
    }

    /**
     * Loads the models (about 20 s and 4 to 6 GB of heap).
     *
     * @param concurrency how many threads will call {@link #annotate} at once; at least 1
     */
    public static CoreNlpReference load(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        releaseCachedModels();
        Properties props = properties();
        Properties sharedProps = new Properties();
        sharedProps.putAll(props);
        sharedProps.setProperty("annotators", String.join(",", ANNOTATORS.subList(0, ANNOTATORS.size() - 1)));
        StanfordCoreNLP upToCoref = new StanfordCoreNLP(sharedProps);
        BlockingQueue<Annotator> quotes = new ArrayBlockingQueue<>(concurrency);
        AnnotatorImplementations implementations = new AnnotatorImplementations();
        for (int i = 0; i < concurrency; i++) {
            quotes.add(implementations.quote(props));
        }
        return new CoreNlpReference(upToCoref, quotes);
    }

    /** The properties a user would write for this pipeline. */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", ANNOTATORS));
        props.setProperty("coref.algorithm", "statistical");
        return props;
    }

    /**
     * Runs the full pipeline on one text.
     *
     * @param text    the article body
     * @param docDate the publication date, {@code yyyy-MM-dd}, for resolving relative dates
     * @return the number of tokens
     * @throws IllegalStateException after {@link #close}
     * @throws RuntimeException      whatever CoreNLP throws on this text
     */
    public int annotate(String text, String docDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(docDate, "docDate");
        if (closed) {
            throw new IllegalStateException("this CoreNLP reference pipeline is closed");
        }
        Annotation annotation = new Annotation(text);
        annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        upToCoref.annotate(annotation);
        Annotator quote = takeQuoteAnnotator();
        try {
            quote.annotate(annotation);
        } finally {
            quoteAnnotators.add(quote);
        }
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private Annotator takeQuoteAnnotator() {
        try {
            return quoteAnnotators.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a quote annotator", e);
        }
    }

    /**
     * Drops CoreNLP's JVM-wide annotator cache and this pipeline's quote annotators, so that the
     * models can be garbage-collected once the caller drops this object too. Call it when no
     * {@link #annotate} call is running.
     */
    @Override
    public void close() {
        closed = true;
        quoteAnnotators.clear();
        releaseCachedModels();
    }

    /**
     * Drops CoreNLP's JVM-wide annotator cache, which otherwise keeps every model any CoreNLP
     * pipeline of this JVM has loaded (newsgraph's own included) reachable after its pipeline is
     * gone. Pipelines still in use keep working; a later pipeline loads its models afresh.
     */
    public static void releaseCachedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
