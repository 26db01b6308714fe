package org.newsgraph.store.dedup;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored article (its latest version).
 *
 * @param id        the article id
 * @param title     its title, if known
 * @param published its publication date, if known
 * @param source    its outlet, if known
 * @param copyOf    the earlier stored article it is a near-duplicate of (wire copy, light rewrite), if any
 */
public record ArticleSummary(String id, @Nullable String title, @Nullable String published, @Nullable String source,
        @Nullable String copyOf) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
    }
}
