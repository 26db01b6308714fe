package org.newsgraph.eval.polnear;

import org.newsgraph.eval.score.Score;

/**
 * Attribution scores, summed over documents.
 *
 * @param sourceExact    source spans with the same boundaries
 * @param sourceOverlap  source spans sharing a character
 * @param cueExact       cue spans, exact
 * @param cueOverlap     cue spans, overlap
 * @param contentExact   content spans, exact (a gold fragment or the whole discontinuous span)
 * @param contentOverlap content spans, overlap
 * @param relation       relations: contents overlap and, where the gold has a source, sources overlap
 * @param directRelation the same, for gold direct quotes and predicted direct attributions only
 * @param directQuotes   gold direct quotes that have a source
 * @param directSpeakers of those, how many newsgraph attributes to the right speaker (its source overlaps
 *                       the gold source, or is the same entity as a mention there)
 */
public record AttributionScores(Score sourceExact, Score sourceOverlap, Score cueExact, Score cueOverlap,
        Score contentExact, Score contentOverlap, Score relation, Score directRelation, int directQuotes,
        int directSpeakers) {

    public static final AttributionScores ZERO = new AttributionScores(Score.ZERO, Score.ZERO, Score.ZERO,
            Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, 0, 0);

    public AttributionScores plus(AttributionScores o) {
        return new AttributionScores(sourceExact.plus(o.sourceExact), sourceOverlap.plus(o.sourceOverlap),
                cueExact.plus(o.cueExact), cueOverlap.plus(o.cueOverlap), contentExact.plus(o.contentExact),
                contentOverlap.plus(o.contentOverlap), relation.plus(o.relation), directRelation.plus(o.directRelation),
                directQuotes + o.directQuotes, directSpeakers + o.directSpeakers);
    }

    /** Share of gold direct quotes whose speaker newsgraph gets right. */
    public double directSpeakerAccuracy() {
        return directQuotes == 0 ? 0 : (double) directSpeakers / directQuotes;
    }
}
