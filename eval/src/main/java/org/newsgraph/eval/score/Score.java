package org.newsgraph.eval.score;

/**
 * Recall and precision as numerators over denominators, kept apart so that scores over many
 * documents add up (micro-averaging, as the CoNLL-2012 reference scorer does). A zero denominator
 * gives a zero ratio; F1 is zero when recall and precision are both zero.
 *
 * @param recallNumerator      what the response got right, measured against the key
 * @param recallDenominator    the size of the key
 * @param precisionNumerator   what the response got right, measured against the response
 * @param precisionDenominator the size of the response
 */
public record Score(double recallNumerator, double recallDenominator, double precisionNumerator,
        double precisionDenominator) {

    /** Nothing to score: all four figures zero. */
    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score {
        if (recallNumerator < 0 || recallDenominator < 0 || precisionNumerator < 0 || precisionDenominator < 0) {
            throw new IllegalArgumentException("negative score component: " + recallNumerator + "/"
                    + recallDenominator + ", " + precisionNumerator + "/" + precisionDenominator);
        }
    }

    /** Detection counts: {@code matched} of {@code gold} key items found among {@code predicted}. */
    public static Score ofCounts(int matched, int gold, int predicted) {
        if (matched > gold || matched > predicted) {
            throw new IllegalArgumentException("matched " + matched + " exceeds gold " + gold
                    + " or predicted " + predicted);
        }
        return new Score(matched, gold, matched, predicted);
    }

    public double recall() {
        return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    public double precision() {
        return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    public double f1() {
        double r = recall();
        double p = precision();
        return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }

    /** The sum of two scores (for micro-averaging over documents or types). */
    public Score plus(Score other) {
        return new Score(recallNumerator + other.recallNumerator, recallDenominator + other.recallDenominator,
                precisionNumerator + other.precisionNumerator, precisionDenominator + other.precisionDenominator);
    }
}
