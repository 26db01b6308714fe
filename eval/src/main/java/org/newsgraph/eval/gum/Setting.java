package org.newsgraph.eval.gum;

import java.util.List;
import java.util.Objects;

/**
 * One way of scoring: which gold is in scope and how mentions match.
 *
 * @param scope what part of the gold standard is scored
 * @param match how a predicted mention matches a gold one
 */
public record Setting(GoldScope scope, MatchMode match) {

    public Setting {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(match, "match");
    }

    /** Every setting, named before all, exact before head. */
    public static List<Setting> all() {
        return List.of(new Setting(GoldScope.NAMED, MatchMode.EXACT), new Setting(GoldScope.NAMED, MatchMode.HEAD),
                new Setting(GoldScope.ALL, MatchMode.EXACT), new Setting(GoldScope.ALL, MatchMode.HEAD));
    }
}
