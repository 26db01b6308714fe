package org.newsgraph.eval.gum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsgraph.eval.score.Alignment;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Partition;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;

/**
 * Scores one analysed document against its GUM gold standard, in every {@link Setting}.
 *
 * <p>Predicted clusters are the mentions of each of {@link Doc#entities()}; predicted mentions are
 * {@link Doc#mentions()} together with every entity's mentions (pronouns, for one, appear only in
 * entities). While the analyser provides no MENTIONS facet its base {@link Doc#namedMentions()}
 * stand in, and without an ENTITIES facet every mention is its own entity; {@link GumCounts} says
 * how many documents this happened to. A span predicted twice counts once (its first occurrence).
 *
 * <p>Coreference follows the CoNLL-2012 reference scorer, mentions identified by span: in EXACT
 * mode a predicted mention is the gold mention with the same span; in HEAD mode predicted mentions
 * are first aligned one-to-one to gold mentions by {@link MatchMode#similarity} and an aligned
 * mention takes its gold mention's identity. Unaligned mentions on either side are twinless, as
 * the reference scorer treats them. Stateless and thread-safe.
 */
public final class GumEvaluation {

    private GumEvaluation() {
    }

    /** A mention's identity for the coreference scorers: a span, gold-side or predicted-only. */
    private record Key(int start, int end, boolean predictedOnly) {
    }

    /**
     * @throws IllegalArgumentException if {@code doc} is not an analysis of {@code gold}'s text
     */
    public static GumScores evaluate(GumDocument gold, Doc doc) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(doc, "doc");
        if (!gold.text().equals(doc.text())) {
            throw new IllegalArgumentException("document " + doc.id() + " is not an analysis of GUM document "
                    + gold.id() + "'s text");
        }
        boolean hasMentions = doc.has(Facet.MENTIONS);
        boolean hasEntities = doc.has(Facet.ENTITIES);
        List<Mention> base = distinctSpans(hasMentions ? doc.mentions() : doc.namedMentions());
        List<List<Mention>> entities = hasEntities ? entityMentions(doc.entities())
                : base.stream().map(List::of).toList();
        List<Mention> responseMentions = entities.stream().flatMap(List::stream).toList();
        List<Mention> predicted = distinctSpans(Stream.concat(base.stream(), responseMentions.stream()).toList());

        Map<Setting, DetectionScores> detection = new HashMap<>();
        Map<Setting, CorefScores> coreference = new HashMap<>();
        for (MatchMode match : MatchMode.values()) {
            Alignment aligned = align(gold.mentions(), responseMentions, match);
            Map<Mention, Key> responseKey = new HashMap<>();
            for (int j = 0; j < responseMentions.size(); j++) {
                Mention m = responseMentions.get(j);
                int g = aligned.findGold(j).orElse(-1);
                responseKey.put(m, g >= 0 ? goldKey(gold.mentions().get(g))
                        : new Key(m.span().start(), m.span().end(), true));
            }
            for (GoldScope scope : GoldScope.values()) {
                Setting setting = new Setting(scope, match);
                detection.put(setting, detect(gold.mentions(), predicted, setting));
                coreference.put(setting, CorefScores.of(keyPartition(gold, scope),
                        responsePartition(entities, responseKey, scope)));
            }
        }
        List<List<GumMention>> chains = gold.chains();
        GumCounts counts = new GumCounts(1, gold.mentions().size(),
                (int) gold.mentions().stream().filter(GumMention::named).count(), chains.size(),
                (int) chains.stream().filter(GumEvaluation::hasNamed).count(), predicted.size(),
                (int) predicted.stream().filter(GumEvaluation::isName).count(), entities.size(),
                hasEntities ? 0 : 1, hasMentions ? 0 : 1);
        return new GumScores(counts, detection, coreference);
    }

    private static DetectionScores detect(List<GumMention> gold, List<Mention> predicted, Setting setting) {
        boolean named = setting.scope() == GoldScope.NAMED;
        List<GumMention> goldIn = named ? gold.stream().filter(GumMention::named).toList() : gold;
        List<Mention> predictedIn = named ? predicted.stream().filter(GumEvaluation::isName).toList() : predicted;
        Map<GumCategory, Score> byCategory = new EnumMap<>(GumCategory.class);
        Score allTypes = Score.ZERO;
        for (GumCategory c : GumCategory.values()) {
            List<GumMention> g = goldIn.stream()
                    .filter(m -> GumCategory.ofGum(m.type()).filter(c::equals).isPresent()).toList();
            List<Mention> p = predictedIn.stream()
                    .filter(m -> GumCategory.of(m.type()).filter(c::equals).isPresent()).toList();
            Score score = align(g, p, setting.match()).score();
            byCategory.put(c, score);
            allTypes = allTypes.plus(score);
        }
        return new DetectionScores(byCategory, allTypes, align(goldIn, predictedIn, setting.match()).score());
    }

    private static Alignment align(List<GumMention> gold, List<Mention> predicted, MatchMode match) {
        return Alignment.best(gold, predicted, (g, p) -> match.similarity(g, p.span()));
    }

    private static Partition<Key> keyPartition(GumDocument gold, GoldScope scope) {
        Predicate<List<GumMention>> inScope = scope == GoldScope.NAMED ? GumEvaluation::hasNamed : chain -> true;
        return Partition.of(gold.chains().stream().filter(inScope)
                .map(chain -> chain.stream().map(GumEvaluation::goldKey).toList()).toList());
    }

    private static Partition<Key> responsePartition(List<List<Mention>> entities, Map<Mention, Key> keyOf,
            GoldScope scope) {
        Predicate<List<Mention>> inScope = scope == GoldScope.NAMED
                ? entity -> entity.stream().anyMatch(GumEvaluation::isName) : entity -> true;
        return Partition.of(entities.stream().filter(inScope)
                .map(entity -> entity.stream().map(keyOf::get).toList()).toList());
    }

    private static Key goldKey(GumMention m) {
        return new Key(m.span().start(), m.span().end(), false);
    }

    private static boolean hasNamed(List<GumMention> chain) {
        return chain.stream().anyMatch(GumMention::named);
    }

    private static boolean isName(Mention m) {
        return m.kind() == MentionKind.NAME;
    }

    private static List<Mention> distinctSpans(List<Mention> mentions) {
        Set<List<Integer>> seen = new HashSet<>();
        List<Mention> distinct = new ArrayList<>();
        for (Mention m : mentions) {
            if (seen.add(List.of(m.span().start(), m.span().end()))) {
                distinct.add(m);
            }
        }
        return distinct;
    }

    /** Each entity's mentions, a span already taken by an earlier entity dropped, empty entities dropped. */
    private static List<List<Mention>> entityMentions(List<Entity> entities) {
        Set<List<Integer>> seen = new HashSet<>();
        List<List<Mention>> result = new ArrayList<>();
        for (Entity e : entities) {
            List<Mention> kept = new ArrayList<>();
            for (Mention m : e.mentions()) {
                if (seen.add(List.of(m.span().start(), m.span().end()))) {
                    kept.add(m);
                }
            }
            if (!kept.isEmpty()) {
                result.add(List.copyOf(kept));
            }
        }
        return result;
    }
}
