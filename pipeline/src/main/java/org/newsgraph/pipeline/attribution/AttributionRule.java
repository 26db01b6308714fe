package org.newsgraph.pipeline.attribution;

import java.util.List;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/**
 * One family of attribution rules over a {@link RuleContext}. {@link Finder} offers each token outside
 * quotations, then each sentence, to every rule in a fixed order, and keeps the outermost candidates.
 */
interface AttributionRule {

    /** Candidates whose cue is token {@code t} (never inside a quotation). */
    default List<Candidate> atToken(Token t) {
        return List.of();
    }

    /** Candidates read off sentence {@code s}, given those the rules found so far (cues already taken). */
    default List<Candidate> inSentence(Sentence s, List<Candidate> found) {
        return List.of();
    }
}
