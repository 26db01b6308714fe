package org.newsgraph.cli;

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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.eval.ecbplus.CrossDocScorer;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.eval.ecbplus.SentenceSelection;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;
import org.newsgraph.pipeline.event.Trigger;
import org.newsgraph.pipeline.event.TriggerFinder;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.StoryIndex;

/**
 * The cross-document part of {@code newsgraph eval ecbplus --cross-doc}: for each topic, its documents
 * are analysed and stored, in file-name order, into a fresh embedded store in a temporary folder; the
 * stored stories are the predicted clusters over the stored events, scored by {@link CrossDocScorer}
 * against the gold event chains, and so is the same-lemma baseline (the same events, one cluster per
 * trigger lemma in a topic). Not thread-safe; one per run.
 *
 * <p>Which events are stored is the {@link Mentions} choice: newsgraph's PLOVER-typed events only, or
 * also every other trigger of {@link TriggerFinder} (ECB+ annotates any action: deaths, injuries,
 * heists, which PLOVER does not type) as an event with no actors, all of one type {@value #UNTYPED}.
 */
final class EvalEcbplusCrossDoc {

    /** The type given to triggers that no PLOVER event covers. */
    static final String UNTYPED = "EVENT";

    /** The predicted event mentions that are stored and clustered. */
    enum Mentions {
        /** newsgraph's PLOVER-typed events. */
        events,
        /** the events and every other trigger of TriggerFinder, all of one type. */
        triggers
    }

    /**
     * The scores of one run.
     *
     * @param mentions which events were stored
     * @param system   the stories, by topic
     * @param baseline the same-lemma baseline, by topic
     * @param failed   documents that could not be analysed
     */
    record Scores(Mentions mentions, Map<Integer, CrossDocScorer.Result> system,
            Map<Integer, CrossDocScorer.Result> baseline, int documents, int failed) {

        CrossDocScorer.Result systemTotal() {
            return system.values().stream().reduce(CrossDocScorer.Result.ZERO, CrossDocScorer.Result::plus);
        }

        CrossDocScorer.Result baselineTotal() {
            return baseline.values().stream().reduce(CrossDocScorer.Result.ZERO, CrossDocScorer.Result::plus);
        }
    }

    private final Function<Article, Doc> analyzer;
    private final Mentions mentions;
    private final PrintWriter err;
    private final TriggerFinder finder = new TriggerFinder();

    EvalEcbplusCrossDoc(Function<Article, Doc> analyzer, Mentions mentions, PrintWriter err) {
        this.analyzer = analyzer;
        this.mentions = mentions;
        this.err = err;
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

    Scores run(List<EcbDocument> documents, SentenceSelection selection) {
        Map<Integer, List<EcbDocument>> byTopic = new TreeMap<>();
        documents.forEach(d -> byTopic.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
        Map<Integer, CrossDocScorer.Result> system = new TreeMap<>();
        Map<Integer, CrossDocScorer.Result> baseline = new TreeMap<>();
        int failed = 0;
        int done = 0;
        for (Map.Entry<Integer, List<EcbDocument>> topic : byTopic.entrySet()) {
            List<EcbDocument> docs = new ArrayList<>(topic.getValue());
            docs.sort(Comparator.comparing(EcbDocument::name));
            List<CrossDocScorer.Prediction> lemmas = new ArrayList<>();
            List<CrossDocScorer.Prediction> stories = new ArrayList<>();
            Path folder = temporaryFolder();
            try (ArticleStore store = Stores.open(folder.resolve("db").toString())) {
                for (EcbDocument gold : docs) {
                    try {
                        Doc doc = analyzer.apply(Article.of(gold.name(), gold.text()));
                        if (mentions == Mentions.triggers) {
                            doc = withTriggers(doc);
                        }
                        store.store(doc);
                        for (Event event : doc.events()) {
                            lemmas.add(new CrossDocScorer.Prediction(gold.name(), event.trigger(),
                                    EventFeatures.lemma(doc, event.trigger())));
                        }
                    } catch (RejectedInputException | StageException e) {
                        err.println("newsgraph: " + gold.name() + ": " + e.getMessage());
                        failed++;
                    }
                    done++;
                }
                for (StoryIndex.Membership m : store.stories().memberships()) {
                    EcbDocument gold = docs.stream().filter(d -> d.name().equals(m.articleId())).findFirst()
                            .orElseThrow();
                    stories.add(new CrossDocScorer.Prediction(m.articleId(), Span.of(gold.text(), m.start(), m.end()),
                            Long.toString(m.storyId())));
                }
            } finally {
                delete(folder);
            }
            system.put(topic.getKey(), CrossDocScorer.score(docs, stories, selection));
            baseline.put(topic.getKey(), CrossDocScorer.score(docs, lemmas, selection));
            err.printf(Locale.ROOT, "newsgraph: topic %d done (%d/%d documents)%n", topic.getKey(), done,
                    documents.size());
            err.flush();
        }
        return new Scores(mentions, system, baseline, documents.size() - failed, failed);
    }

    /** The scores as a table: MUC, B³, CEAF-e and CoNLL F1 by topic, for the stories and the baseline. */
    static String text(String range, Scores scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "ECB+ cross-document event coreference, topics %s: %d documents (predicted mentions: %s; "
                        + "listed sentences)%n%n", range, scores.documents(), scores.mentions()));
        sb.append(String.format(Locale.ROOT, "%-6s %-9s %6s %6s %6s %6s %6s %6s%n", "topic", "system", "MUC", "B3",
                "CEAF-e", "CoNLL", "gold", "pred"));
        for (Integer topic : scores.system().keySet()) {
            sb.append(row(topic.toString(), "stories", scores.system().get(topic)));
            sb.append(row(topic.toString(), "lemma", scores.baseline().get(topic)));
        }
        sb.append(row("all", "stories", scores.systemTotal()));
        sb.append(row("all", "lemma", scores.baselineTotal()));
        return sb.toString();
    }

    private static String row(String topic, String system, CrossDocScorer.Result r) {
        CorefScores c = r.coref();
        return String.format(Locale.ROOT, "%-6s %-9s %6.2f %6.2f %6.2f %6.2f %6d %6d%n", topic, system,
                100 * c.muc().f1(), 100 * c.bCubed().f1(), 100 * c.ceafE().f1(), 100 * c.conllF1(),
                Math.round(r.mentions().recallDenominator()), Math.round(r.mentions().precisionDenominator()));
    }

    /** The scores as one JSON object. */
    static String json(String range, Scores scores) {
        StringBuilder sb = new StringBuilder("{\"topics\":\"").append(range).append("\",\"mentions\":\"")
                .append(scores.mentions()).append("\",\"documents\":")
                .append(scores.documents()).append(",\"all\":{\"stories\":").append(json(scores.systemTotal()))
                .append(",\"lemma\":").append(json(scores.baselineTotal())).append("},\"by_topic\":{");
        String sep = "";
        for (Integer topic : scores.system().keySet()) {
            sb.append(sep).append('"').append(topic).append("\":{\"stories\":")
                    .append(json(scores.system().get(topic))).append(",\"lemma\":")
                    .append(json(scores.baseline().get(topic))).append('}');
            sep = ",";
        }
        return sb.append("}}").append(System.lineSeparator()).toString();
    }

    private static String json(CrossDocScorer.Result r) {
        CorefScores c = r.coref();
        return String.format(Locale.ROOT, "{\"muc\":%s,\"b3\":%s,\"ceaf_e\":%s,\"conll_f1\":%.4f,\"mentions\":%s}",
                json(c.muc()), json(c.bCubed()), json(c.ceafE()), c.conllF1(), json(r.mentions()));
    }

    private static String json(Score s) {
        return String.format(Locale.ROOT, "{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f}", s.precision(), s.recall(), s.f1());
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
