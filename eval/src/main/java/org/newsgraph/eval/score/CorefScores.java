package org.newsgraph.eval.score;

import java.util.Objects;

/**
 * The three coreference metrics of the CoNLL-2011/2012 shared tasks for one key/response pair (or
 * summed over a corpus), and their CoNLL F1.
 *
 * @param muc    link-based MUC
 * @param bCubed mention-based B³
 * @param ceafE  entity-based CEAF-e
 */
public record CorefScores(Score muc, Score bCubed, Score ceafE) {

    /** Nothing scored yet: the identity of {@link #plus}. */
    public static final CorefScores ZERO = new CorefScores(Score.ZERO, Score.ZERO, Score.ZERO);

    public CorefScores {
        Objects.requireNonNull(muc, "muc");
        Objects.requireNonNull(bCubed, "bCubed");
        Objects.requireNonNull(ceafE, "ceafE");
    }

    /** Scores {@code response} against {@code key}; mentions are matched by key equality. */
    public static <K> CorefScores of(Partition<K> key, Partition<K> response) {
        return new CorefScores(Muc.score(key, response), BCubed.score(key, response), CeafE.score(key, response));
    }

    /** The CoNLL score: the unweighted mean of the MUC, B³ and CEAF-e F1s. */
    public double conllF1() {
        return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }

    /** Corpus-level sum, as the reference scorer accumulates documents. */
    public CorefScores plus(CorefScores other) {
        return new CorefScores(muc.plus(other.muc), bCubed.plus(other.bCubed), ceafE.plus(other.ceafE));
    }
}
