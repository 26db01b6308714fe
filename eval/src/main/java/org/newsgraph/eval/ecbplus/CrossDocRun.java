package org.newsgraph.eval.ecbplus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.eval.run.CorpusRun;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.event.Trigger;
import org.newsgraph.pipeline.event.TriggerFinder;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.events.DocumentLines;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.StoryIndex;

/**
 * The run of {@code newsgraph eval ecbplus --cross-doc}: for each topic, its documents are analysed and
 * stored, in file-name order, into a fresh embedded store in a temporary folder; the stories are the
 * predicted clusters over the stored events, scored by {@link CrossDocScorer} against the gold event
 * chains, and so is the same-lemma baseline (the same events, one cluster per trigger lemma in a topic).
 * The stories are read from the store ({@link Source#STORE}) or, as a user of {@code export --format jsonl}
 * sees them, from the topic's exported JSON lines ({@link Source#EXPORT}: {@code events[].story}); both
 * must give the same clusters. A document the analyser fails on is counted and stored not at all; its gold
 * mentions stay in the key. Not thread-safe; one per run.
 *
 * <p>Which events are stored is the {@link Mentions} choice: newsgraph's PLOVER-typed events only, or
 * also every other trigger of {@link TriggerFinder} (ECB+ annotates any action: deaths, injuries,
 * heists, which PLOVER does not type) as an event with no actors, all of one type {@value #UNTYPED}.
 */
public final class CrossDocRun {

    /** The type given to triggers that no PLOVER event covers. */
    public static final String UNTYPED = "EVENT";

    /** The predicted event mentions that are stored and clustered. */
    public enum Mentions {
        /** newsgraph's PLOVER-typed events. */
        events,
        /** the events and every other trigger of TriggerFinder, all of one type. */
        triggers
    }

    /** Where the stories are read from once a topic is stored. */
    public enum Source {
        /** the store's story memberships. */
        STORE,
        /** the {@code events[].story} ids of the topic's {@code export --format jsonl} lines. */
        EXPORT
    }

    /**
     * The scores of one run.
     *
     * @param mentions  which events were stored
     * @param source    where the stories were read from
     * @param system    the stories, by topic
     * @param baseline  the same-lemma baseline, by topic
     * @param documents documents analysed
     * @param failed    documents that could not be analysed
     */
    public record Scores(Mentions mentions, Source source, Map<Integer, CrossDocScorer.Result> system,
            Map<Integer, CrossDocScorer.Result> baseline, int documents, int failed) {

        public Scores {
            system = new TreeMap<>(system);
            baseline = new TreeMap<>(baseline);
        }

        /** The stories over all topics. */
        public CrossDocScorer.Result systemTotal() {
            return system.values().stream().reduce(CrossDocScorer.Result.ZERO, CrossDocScorer.Result::plus);
        }

        /** The baseline over all topics. */
        public CrossDocScorer.Result baselineTotal() {
            return baseline.values().stream().reduce(CrossDocScorer.Result.ZERO, CrossDocScorer.Result::plus);
        }
    }

    /**
     * The order of the store's memberships (story, article, trigger start), which the exported stories are
     * put in too: {@link CrossDocScorer} keeps the first of two predictions over the same tokens (two events
     * of one document on one trigger word), so both sources must list them alike to score alike.
     */
    private static final Comparator<CrossDocScorer.Prediction> STORY_ORDER = Comparator
            .comparingLong((CrossDocScorer.Prediction p) -> Long.parseLong(p.cluster()))
            .thenComparing(CrossDocScorer.Prediction::document)
            .thenComparingInt(p -> p.span().start());

    private final Function<Article, Doc> analyzer;
    private final Mentions mentions;
    private final Source source;
    private final PrintWriter progress;
    private final TriggerFinder finder = new TriggerFinder();

    /**
     * @param analyzer the analyser
     * @param mentions which predicted mentions are stored
     * @param source   where the stories are read from
     * @param progress where each topic's end and each failure are reported
     */
    public CrossDocRun(Function<Article, Doc> analyzer, Mentions mentions, Source source, PrintWriter progress) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.source = Objects.requireNonNull(source, "source");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * The document with the triggers no event covers added as events, in text order, and every event
     * of type {@value #UNTYPED}: ECB+ chains cross PLOVER's types (or its lack of one) as freely as the
     * lemma baseline does, so the type must not keep them apart; the events keep their actors, place
     * and time.
     */
    Doc withTriggers(Doc doc) {
        List<Event> events = new ArrayList<>();
        for (Event e : doc.events()) {
            events.add(new Event(e.id(), UNTYPED, null, null, e.trigger(), e.actors(), e.location(), e.time(),
                    e.status(), e.attribution()));
        }
        int n = 0;
        for (Trigger trigger : finder.find(doc)) {
            if (doc.events().stream().noneMatch(e -> e.trigger().overlaps(trigger.span()))) {
                events.add(new Event("t" + ++n, UNTYPED, null, null, trigger.span(), List.of(), null, null,
                        EventStatus.OCCURRED, null));
            }
        }
        events.sort(Comparator.comparing(Event::trigger));
        return doc.withEvents(events);
    }

    private Doc analyse(Article article) {
        Doc doc = analyzer.apply(article);
        return mentions == Mentions.triggers ? withTriggers(doc) : doc;
    }

    /** Analyses, stores and scores {@code documents} topic by topic, on the sentences of {@code selection}. */
    public Scores run(List<EcbDocument> documents, SentenceSelection selection) {
        Map<Integer, List<EcbDocument>> byTopic = new TreeMap<>();
        documents.forEach(d -> byTopic.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
        Map<Integer, CrossDocScorer.Result> system = new TreeMap<>();
        Map<Integer, CrossDocScorer.Result> baseline = new TreeMap<>();
        int failed = 0;
        int done = 0;
        CorpusRun<EcbDocument, Doc> run = CorpusRun.analysing(gold -> Article.of(gold.name(), gold.text()),
                this::analyse, new Failures());
        for (Map.Entry<Integer, List<EcbDocument>> topic : byTopic.entrySet()) {
            List<EcbDocument> docs = new ArrayList<>(topic.getValue());
            docs.sort(Comparator.comparing(EcbDocument::name));
            List<CrossDocScorer.Prediction> lemmas = new ArrayList<>();
            List<CrossDocScorer.Prediction> stories;
            Path folder = temporaryFolder();
            try (ArticleStore store = Stores.open(folder.resolve("db").toString())) {
                failed += run.run(docs, (gold, analysed) -> analysed.ifPresent(doc -> {
                    store.store(doc);
                    for (Event event : doc.events()) {
                        lemmas.add(new CrossDocScorer.Prediction(gold.name(), event.trigger(),
                                EventFeatures.lemma(doc, event.trigger())));
                    }
                }));
                stories = source == Source.STORE ? stored(store, docs) : exported(store, folder.resolve("export.jsonl"));
            } finally {
                delete(folder);
            }
            done += docs.size();
            system.put(topic.getKey(), CrossDocScorer.score(docs, stories, selection));
            baseline.put(topic.getKey(), CrossDocScorer.score(docs, lemmas, selection));
            progress.printf(Locale.ROOT, "newsgraph: topic %d done (%d/%d documents)%n", topic.getKey(), done,
                    documents.size());
            progress.flush();
        }
        return new Scores(mentions, source, system, baseline, documents.size() - failed, failed);
    }

    /** The stories as the store's memberships say. */
    private static List<CrossDocScorer.Prediction> stored(ArticleStore store, List<EcbDocument> docs) {
        List<CrossDocScorer.Prediction> stories = new ArrayList<>();
        for (StoryIndex.Membership m : store.stories().memberships()) {
            EcbDocument gold = docs.stream().filter(d -> d.name().equals(m.articleId())).findFirst().orElseThrow();
            stories.add(new CrossDocScorer.Prediction(m.articleId(), Span.of(gold.text(), m.start(), m.end()),
                    Long.toString(m.storyId())));
        }
        return stories;
    }

    /** The stories as {@code export --format jsonl} writes them, written to {@code file} and read back. */
    private static List<CrossDocScorer.Prediction> exported(ArticleStore store, Path file) {
        List<CrossDocScorer.Prediction> stories = new ArrayList<>();
        try {
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                for (String document : store.events().documents(null, null, null)) {
                    DocumentLines.write(out, document);
                }
            }
            for (String line : Files.readAllLines(file)) {
                DocumentLines.Exported exported = DocumentLines.read(line);
                for (Event event : exported.doc().events()) {
                    exported.ids().story(event.id()).ifPresent(story -> stories.add(
                            new CrossDocScorer.Prediction(exported.doc().id(), event.trigger(), story)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write or read the export " + file, e);
        }
        stories.sort(STORY_ORDER);
        return stories;
    }

    /** Each failure. */
    private final class Failures implements CorpusRun.Listener<EcbDocument> {
        @Override
        public void failed(EcbDocument gold, RuntimeException failure) {
            progress.println("newsgraph: " + gold.name() + ": " + failure.getMessage());
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("newsgraph-ecbplus");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
