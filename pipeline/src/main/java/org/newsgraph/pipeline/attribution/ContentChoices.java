package org.newsgraph.pipeline.attribution;

import java.util.List;
import org.newsgraph.model.Attribution;

/**
 * A candidate as the rules made it, with the places its content could begin and end instead
 * ({@link ContentBoundaries}): what {@code newsgraph train attribution} learns the boundary model from.
 *
 * @param attribution the candidate with the rules' content
 * @param starts      where the content could begin, the rules' choice first
 * @param ends        where it could end, the rules' choice first
 */
public record ContentChoices(Attribution attribution, List<Option> starts, List<Option> ends) {

    public ContentChoices {
        starts = List.copyOf(starts);
        ends = List.copyOf(ends);
    }

    /**
     * One place a content could begin or end.
     *
     * @param offset   the character offset (of the first token's start, or the last token's end)
     * @param features its features for the boundary model
     */
    public record Option(int offset, List<String> features) {

        public Option {
            features = List.copyOf(features);
        }
    }
}
