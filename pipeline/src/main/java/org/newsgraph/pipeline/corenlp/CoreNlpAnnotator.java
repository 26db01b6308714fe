package org.newsgraph.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Cancellation;
import org.newsgraph.pipeline.Stage;

/**
 * Runs CoreNLP (tokenize, ssplit, pos, lemma, ner, depparse, and SUTime) and converts its output to
 * tokens, sentences with dependencies, named mentions and raw temporal expressions.
 *
 * <p>CoreNLP sees the text in bounded pieces ({@link CoreNlpPieces}), so time and memory grow about
 * linearly with the text; between pieces and annotators it checks {@link Cancellation}, so an
 * interrupted analysis stops within one chunk.
 *
 * <p>Models load once, in the constructor (about 10 s). Thread-safe: CoreNLP's annotators used here
 * hold no per-document state, and each call builds its own {@code Annotation}.
 */
public final class CoreNlpAnnotator implements Stage {

    private final StanfordCoreNLP paragraphLines;
    private final StanfordCoreNLP wrappedLines;
    private final StanfordCoreNLP analysis;
    private final StanfordCoreNLP parser;
    private final TimeAnnotator sutime;
    private final int maxSentenceTokens;
    /**
     * The fewest tokens of a text whose pace is judged, from its first chunk on: three chunks, so an
     * ordinary article (a few hundred to a few thousand tokens) never is.
     */
    private static final int PACE_MIN_TOKENS = 3 * CoreNlpPieces.CHUNK_TOKENS;
    /** The first chunk of such a text, short so that its pace is known within a second or two. */
    private static final int PACE_FIRST_TOKENS = 250;

    public CoreNlpAnnotator(CoreNlpConfig config) {
        this.paragraphLines = new StanfordCoreNLP(splitting("always"));
        this.wrappedLines = new StanfordCoreNLP(splitting("two"));
        this.analysis = new StanfordCoreNLP(properties(config), false);
        this.parser = new StanfordCoreNLP(parserProperties(), false);
        this.maxSentenceTokens = config.maxSentenceTokens();
        this.sutime = config.sutime() ? new TimeAnnotator("sutime", sutimeProperties()) : null;
    }

    /** Tokenising and sentence splitting, run first so that {@link SentenceRepair} can mend the splits. */
    private static Properties splitting(String newlineBreaks) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", newlineBreaks);
        return props;
    }

    private static Properties properties(CoreNlpConfig config) {
        Properties props = new Properties();
        props.setProperty("annotators", "pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.model", String.join(",", config.nerModels()));
        props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        // Numbers, money and dates are newsgraph's own job (quantity stage) and SUTime's (run below
        // on its own, so that NER need not run its slower numeric sequence classifiers).
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.docdate.useFixedDate", "");
        props.setProperty("pos.maxlen", Integer.toString(CoreNlpPieces.MAX_SENTENCE_TOKENS));
        return props;
    }

    /** The dependency parser on its own: CoreNLP 4.5.10 ignores {@code depparse.maxlen}, so {@link #parse} filters. */
    private static Properties parserProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "depparse");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return props;
    }

    private static Properties sutimeProperties() {
        Properties props = new Properties();
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        return props;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of();
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.NAMED_MENTIONS, Facet.RAW_TIMEXES);
    }

    @Override
    public Doc apply(Doc doc) {
        String text = doc.text();
        // Without a publication date, relative dates stay unresolved ("XXXX-WXX-7") rather than
        // being resolved against the day the analysis happens to run.
        java.util.Optional<String> date = docDate(doc.article());
        Conversion conversion = new Conversion(text);
        List<List<CoreLabel>> split = sentences(text);
        long total = CoreNlpPieces.tokens(split);
        boolean paced = total >= PACE_MIN_TOKENS;
        List<List<List<CoreLabel>>> chunks = CoreNlpPieces.chunks(split,
                paced ? PACE_FIRST_TOKENS : CoreNlpPieces.CHUNK_TOKENS);
        long done = 0;
        long started = System.nanoTime();
        for (int i = 0; i < chunks.size(); i++) {
            // Each chunk's CoreNLP objects are released once converted.
            List<List<CoreLabel>> sentences = chunks.set(i, List.of());
            Annotation chunk = CoreNlpPieces.annotationOf(text, sentences);
            date.ifPresent(d -> chunk.set(CoreAnnotations.DocDateAnnotation.class, d));
            annotate(chunk);
            conversion.add(chunk);
            done += CoreNlpPieces.tokens(sentences);
            // A text of many chunks that cannot end within its budget stops now rather than at the budget's end
            // (the pace of the first chunk, JIT warm-up included, is never faster than the rest's).
            if (paced) {
                Cancellation.checkPace(started, done, total, "tokens");
            }
        }
        return conversion.finish(doc);
    }

    /** Tokens and sentences, split and mended, in bounded pieces. */
    private List<List<CoreLabel>> sentences(String text) {
        boolean wrapped = looksHardWrapped(text);
        List<List<CoreLabel>> split = CoreNlpPieces.split(wrapped ? wrappedLines : paragraphLines, text, wrapped);
        List<List<CoreLabel>> sentences = CoreNlpPieces.capSentences(SentenceRepair.repair(text, split));
        CoreNlpPieces.capWords(sentences);
        return sentences;
    }

    /** Tags, recognises, parses (sentences short enough) and finds dates in one chunk. */
    private void annotate(Annotation chunk) {
        try {
            Cancellation.check();
            analysis.annotate(chunk);
            Cancellation.check();
            parse(chunk);
            if (sutime != null) {
                Cancellation.check();
                annotateTimes(chunk);
            }
        } catch (RuntimeInterruptedException e) {
            // CoreNLP's own loops check for interrupts too; its exception clears the flag.
            throw Cancellation.interrupted();
        }
    }

    /** Parses the sentences of at most {@code maxSentenceTokens} tokens; longer ones keep no dependencies. */
    private void parse(Annotation chunk) {
        annotateSome(chunk, parser, sentence -> sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens);
    }

    /**
     * Runs SUTime only on the sentences that hold a word that can start a temporal expression: it is
     * the costliest annotator here (about 40% of the time on news), and most sentences have no date.
     */
    private void annotateTimes(Annotation annotation) {
        annotateSome(annotation, sutime, sentence -> sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
                .anyMatch(t -> TemporalWords.mayBeTemporal(t.originalText())));
    }

    /** Runs {@code annotator} on the sentences {@code chosen} keeps (none: not at all), then restores all of them. */
    private static void annotateSome(Annotation annotation, Annotator annotator, Predicate<CoreMap> chosen) {
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> some = new ArrayList<>(all.size());
        for (CoreMap sentence : all) {
            if (chosen.test(sentence)) {
                some.add(sentence);
            }
        }
        if (some.isEmpty()) {
            return;
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, some);
        try {
            annotator.annotate(annotation);
        } finally {
            annotation.set(CoreAnnotations.SentencesAnnotation.class, all);
        }
    }

    /** Publication date (yyyy-mm-dd) for SUTime, if the article has one. */
    static java.util.Optional<String> docDate(Article article) {
        String published = article.published();
        if (published != null && published.length() >= 10) {
            return java.util.Optional.of(published.substring(0, 10));
        }
        return java.util.Optional.empty();
    }

    /**
     * True when the text's lines are wrapped at a fixed width, so that a single newline is not a
     * paragraph break. Paragraph-per-line text (the usual scrape) has long lines.
     */
    static boolean looksHardWrapped(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 4) {
            return false;
        }
        int longLines = 0;
        for (String line : lines) {
            if (line.length() > 100) {
                longLines++;
            }
        }
        return longLines == 0;
    }

    /** Converts chunk after chunk into one document's tokens, sentences, mentions and timexes. */
    private static final class Conversion {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<org.newsgraph.model.Timex> timexes = new ArrayList<>();

        Conversion(String text) {
            this.text = text;
        }

        void add(Annotation chunk) {
            for (CoreMap coreSentence : chunk.get(CoreAnnotations.SentencesAnnotation.class)) {
                int sentenceIndex = sentences.size();
                int first = tokens.size();
                for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    int start = label.beginPosition();
                    int end = label.endPosition();
                    String ner = label.ner() == null ? "O" : label.ner();
                    String lemma = label.lemma() == null ? label.originalText() : label.lemma();
                    tokens.add(new Token(tokens.size(), sentenceIndex, start, end, text.substring(start, end), lemma,
                            label.tag(), ner));
                }
                sentences.add(new Sentence(sentenceIndex, first, tokens.size(), dependencies(coreSentence, first)));
                List<CoreMap> coreMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
                if (coreMentions != null) {
                    for (CoreMap m : coreMentions) {
                        toMention(m, first, coreSentence, text).ifPresent(mentions::add);
                    }
                }
            }
            List<CoreMap> coreTimexes = chunk.get(TimeAnnotations.TimexAnnotations.class);
            if (coreTimexes != null) {
                for (CoreMap t : coreTimexes) {
                    toTimex(t, text).ifPresent(timexes::add);
                }
            }
        }

        Doc finish(Doc doc) {
            return doc.withAnalysis(tokens, sentences, mentions, timexes);
        }
    }

    private static java.util.Optional<org.newsgraph.model.Timex> toTimex(CoreMap t, String text) {
        Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
        int start = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (timex == null || end > text.length() || start >= end) {
            return java.util.Optional.empty();
        }
        String value = timex.value() != null ? timex.value() : timex.altVal();
        if (value == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.newsgraph.model.Timex(Span.of(text, start, end), timex.timexType(), value));
    }

    private static List<Dependency> dependencies(CoreMap coreSentence, int firstToken) {
        SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> result = new ArrayList<>();
        if (graph == null) {
            return result;
        }
        for (var root : graph.getRoots()) {
            result.add(new Dependency(-1, firstToken + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            result.add(new Dependency(firstToken + edge.getGovernor().index() - 1,
                    firstToken + edge.getDependent().index() - 1, edge.getRelation().toString()));
        }
        return result;
    }

    private static java.util.Optional<Mention> toMention(CoreMap m, int sentenceFirstToken, CoreMap sentence,
            String text) {
        String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        EntityType type = typeOf(tag);
        if (type == null) {
            return java.util.Optional.empty();
        }
        List<CoreLabel> sentTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> mTokens = m.get(CoreAnnotations.TokensAnnotation.class);
        int first = sentenceFirstToken + mTokens.get(0).index() - 1;
        int end = sentenceFirstToken + mTokens.get(mTokens.size() - 1).index();
        int start = sentTokens.get(first - sentenceFirstToken).beginPosition();
        int stop = sentTokens.get(end - 1 - sentenceFirstToken).endPosition();
        return java.util.Optional.of(new Mention(Span.of(text, start, stop), first, end, end - 1, type,
                MentionKind.NAME));
    }

    /** Maps CoreNLP's coarse and fine labels to entity types; null for labels that are not entities. */
    static EntityType typeOf(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.GPE;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.OTHER;
            default -> null;
        };
    }
}
