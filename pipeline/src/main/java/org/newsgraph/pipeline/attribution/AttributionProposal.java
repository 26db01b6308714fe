package org.newsgraph.pipeline.attribution;

import java.util.List;
import org.newsgraph.model.Attribution;

/**
 * A candidate the attribution rules propose, before {@link AttributionModel} decides on it: the
 * attribution it would be and its features. What {@code newsgraph train attribution} learns from.
 *
 * @param attribution the attribution
 * @param features    its features for the model
 */
public record AttributionProposal(Attribution attribution, List<String> features) {

    public AttributionProposal {
        features = List.copyOf(features);
    }
}
