package org.newsgraph.pipeline.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.quantity.QuantityFinder;
import org.newsgraph.pipeline.quantity.QuantityLexicon;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Finds the numbers an article states with what they count or measure: money with ISO 4217 codes,
 * measures with units converted to metric, ratios and percentages, and counts of things
 * (see {@link QuantityFinder}). What each quantity is about comes from the dependency parse; when the
 * document has {@link Facet#ENTITIES}, a noun that mentions an entity is given as the entity's id.
 *
 * <p>Numbers inside temporal expressions (dates, times, durations: "September 12", "5 pm", "two
 * hours") are skipped, as found by the base recogniser's NER labels and raw temporal expressions, or
 * by the resolved ones when present. A rate such as "per hour" is part of a unit, not a duration.
 *
 * <p>Loads its word lists once, in the constructor; stateless and thread-safe after that.
 */
public final class QuantityExtractor implements Stage {

    /** NER labels that a number may carry and still be a quantity. */
    private static final Set<String> NUMERIC_LABELS = Set.of("O", "NUMBER", "MONEY", "PERCENT");

    private final QuantityFinder finder;

    public QuantityExtractor() {
        this(QuantityLexicon.standard());
    }

    public QuantityExtractor(QuantityLexicon lexicon) {
        this.finder = new QuantityFinder(lexicon);
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.QUANTITIES);
    }

    @Override
    public Doc apply(Doc doc) {
        DependencyIndex deps = DependencyIndex.of(doc);
        BitSet blocked = blocked(doc);
        List<Quantity> quantities = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            quantities.addAll(finder.find(doc, deps, sentence, blocked));
        }
        return doc.withQuantities(quantities);
    }

    /** Tokens that cannot be part of a number: inside temporal expressions or named entities. */
    static BitSet blocked(Doc doc) {
        BitSet blocked = new BitSet(doc.tokens().size());
        List<Timex> timexes = new ArrayList<>(doc.rawTimexes());
        timexes.addAll(doc.timexes());
        for (Token token : doc.tokens()) {
            if (!NUMERIC_LABELS.contains(token.ner())) {
                blocked.set(token.index());
                continue;
            }
            for (Timex timex : timexes) {
                if (token.start() < timex.span().end() && timex.span().start() < token.end()) {
                    blocked.set(token.index());
                    break;
                }
            }
        }
        return blocked;
    }
}
