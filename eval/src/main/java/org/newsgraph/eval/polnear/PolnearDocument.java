package org.newsgraph.eval.polnear;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One PolNeAR article with its annotation.
 *
 * @param id           file name without extension
 * @param text         the article text the offsets refer to
 * @param published    publication date from the file name (yyyy-mm-dd), if it has one
 * @param attributions the gold relations
 */
public record PolnearDocument(String id, String text, @Nullable String published, List<GoldAttribution> attributions) {

    public PolnearDocument {
        attributions = List.copyOf(attributions);
    }
}
