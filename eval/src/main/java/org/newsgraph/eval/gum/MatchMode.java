package org.newsgraph.eval.gum;

import org.newsgraph.model.Span;

/** When a predicted mention counts as the same mention as a gold one. */
public enum MatchMode {
    /** Same character span, as the CoNLL-2012 reference scorer identifies mentions. */
    EXACT,
    /**
     * Same span, or lying inside the gold span and covering the gold mention's syntactic head word
     * (so the name "Donald Trump" matches GUM's "U.S. President Donald Trump 's"). Exact matches are
     * preferred when aligning; each mention aligns at most once.
     */
    HEAD;

    /** 2 for an exact match, 1 for a head match in HEAD mode, else 0: the alignment weight. */
    public double similarity(GumMention gold, Span predicted) {
        Span g = gold.span();
        if (g.start() == predicted.start() && g.end() == predicted.end()) {
            return 2;
        }
        if (this == HEAD && g.start() <= predicted.start() && predicted.end() <= g.end()
                && predicted.start() <= gold.head().start() && gold.head().end() <= predicted.end()) {
            return 1;
        }
        return 0;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
