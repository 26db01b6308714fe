package org.newsgraph.eval.gum;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.eval.score.Score;

/**
 * Mention detection scores of one setting.
 *
 * @param byCategory for each category, predicted mentions of that category against gold mentions of
 *                   that category (span and category must both match)
 * @param allTypes   the sum over the categories (micro-average)
 * @param anyType    all predicted mentions against all gold mentions, types ignored (GUM types with
 *                   no category and newsgraph's OTHER included)
 */
public record DetectionScores(Map<GumCategory, Score> byCategory, Score allTypes, Score anyType) {

    public static final DetectionScores ZERO = new DetectionScores(zeros(), Score.ZERO, Score.ZERO);

    public DetectionScores {
        byCategory = Map.copyOf(byCategory);
        Objects.requireNonNull(allTypes, "allTypes");
        Objects.requireNonNull(anyType, "anyType");
        for (GumCategory c : GumCategory.values()) {
            if (!byCategory.containsKey(c)) {
                throw new IllegalArgumentException("no score for category " + c);
            }
        }
    }

    public Score category(GumCategory category) {
        return byCategory.get(category);
    }

    public DetectionScores plus(DetectionScores other) {
        Map<GumCategory, Score> sum = new EnumMap<>(GumCategory.class);
        for (GumCategory c : GumCategory.values()) {
            sum.put(c, category(c).plus(other.category(c)));
        }
        return new DetectionScores(sum, allTypes.plus(other.allTypes), anyType.plus(other.anyType));
    }

    private static Map<GumCategory, Score> zeros() {
        Map<GumCategory, Score> zeros = new EnumMap<>(GumCategory.class);
        for (GumCategory c : GumCategory.values()) {
            zeros.put(c, Score.ZERO);
        }
        return zeros;
    }
}
