package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps one event per happening among the typed triggers of a document:
 * <ul>
 *   <li>a trigger under another of the same type is part of it ("killed in an attack", "fired tear
 *       gas", "struck Kyiv, killing three"), which takes its mode if it has none;</li>
 *   <li>the content of a request, rejection, agreement, threat or sanction is not an event of its own
 *       ("called for talks", "threatened to attack", "deprived Russia of aid"): an event of a type
 *       that gives the request its mode, or one listed as its mode ("called for a ceasefire");</li>
 *   <li>a definite noun with no actors of its own that repeats a recent event of the same type and
 *       mode refers back to it ("the meeting", "the warning").</li>
 * </ul>
 * Stateless.
 */
final class EventMerger {

    /**
     * A typed trigger.
     *
     * @param trigger the trigger
     * @param entry   its lexicon entry
     * @param parts   tokens of triggers merged into it, whose actors it may take
     */
    record Candidate(Trigger trigger, TriggerEntry entry, List<Integer> parts) {

        Candidate {
            parts = List.copyOf(parts);
        }

        Candidate(Trigger trigger, TriggerEntry entry) {
            this(trigger, entry, List.of());
        }

        Candidate with(TriggerEntry newEntry, int part) {
            List<Integer> all = new ArrayList<>(parts);
            all.add(part);
            return new Candidate(trigger, newEntry, all);
        }
    }

    /** "killed in an attack", "fired tear gas", "an explosion killed eight". */
    private static final Set<String> PART_OF = Set.of("obj", "obl", "nmod", "xcomp", "nsubj");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> OWN_ACTORS = Set.of("of", "by", "on", "against", "with", "between", "to");

    private EventMerger() {
    }

    static List<Candidate> merge(DocView v, List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>(candidates);
        for (Candidate b : candidates) {
            int t = b.trigger().token();
            int head = v.parse().head(t);
            Candidate a = head < 0 ? null : at(kept, head);
            String rel = v.parse().baseRelation(t);
            boolean participle = (rel.equals("advcl") || rel.equals("dep")) && v.token(t).pos().equals("VBG")
                    && v.children(t, "nsubj").isEmpty();
            if (a != null && a.entry().type() == b.entry().type()
                    && (PART_OF.contains(v.parse().baseRelation(t)) || participle)) {
                kept.removeIf(k -> k.trigger().token() == t);
                boolean moreSpecific = a.entry().mode() == null && b.entry().mode() != null;
                kept.set(kept.indexOf(a), a.with(moreSpecific ? a.entry().retyped(a.entry().type(), b.entry().mode(),
                        b.entry().cameo()) : a.entry(), t));
            } else if (isContent(v, kept, b) || repeats(v, kept, b)) {
                kept.removeIf(k -> k.trigger().token() == t);
            }
        }
        return kept;
    }

    private static Candidate at(List<Candidate> candidates, int token) {
        return candidates.stream().filter(c -> c.trigger().token() == token).findFirst().orElse(null);
    }

    private static boolean isContent(DocView v, List<Candidate> kept, Candidate b) {
        for (Candidate a : kept) {
            if (a.trigger().token() != b.trigger().token() && a.entry().type().takesContent()
                    && ModeRefiner.contents(v, a.trigger().token()).contains(b.trigger().token())
                    && (ModeRefiner.derive(a.entry(), b.entry().type()).isPresent() || EventLexicon.get()
                            .contentMode(a.entry().type(), v.lemma(b.trigger().token())).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(DocView v, List<Candidate> kept, Candidate b) {
        int t = b.trigger().token();
        boolean definite = b.trigger().kind() == TriggerKind.NOUN
                && v.children(t, "det").stream().anyMatch(d -> DEFINITE.contains(v.word(d)));
        if (!definite || !v.children(t, "nmod:poss").isEmpty() || !v.marked(t, OWN_ACTORS).isEmpty()) {
            return false;
        }
        int sentence = v.token(t).sentence();
        for (Candidate a : kept) {
            int s = v.token(a.trigger().token()).sentence();
            if (a.trigger().token() < t && sentence - s <= 2 && a.entry().type() == b.entry().type()
                    && Objects.equals(a.entry().mode(), b.entry().mode())) {
                return true;
            }
        }
        return false;
    }
}
