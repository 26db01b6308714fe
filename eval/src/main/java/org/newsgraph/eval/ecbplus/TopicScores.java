package org.newsgraph.eval.ecbplus;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsgraph.eval.score.Score;

/**
 * Trigger-detection scores summed per topic (micro-averaged over documents). Immutable: {@link #plus}
 * returns a new value.
 *
 * @param byTopic scores by topic number, in topic order
 */
public record TopicScores(Map<Integer, Score> byTopic) {

    /** No document scored yet. */
    public static final TopicScores EMPTY = new TopicScores(Map.of());

    public TopicScores {
        byTopic = Map.copyOf(byTopic);
    }

    /** These scores with one more document of {@code topic}. */
    public TopicScores plus(int topic, Score document) {
        Objects.requireNonNull(document, "document");
        Map<Integer, Score> sum = new TreeMap<>(byTopic);
        sum.merge(topic, document, Score::plus);
        return new TopicScores(sum);
    }

    /** The scores of all topics together. */
    public Score total() {
        return byTopic.values().stream().reduce(Score.ZERO, Score::plus);
    }

    /** The topics in ascending order with their scores. */
    public Map<Integer, Score> sorted() {
        return new TreeMap<>(byTopic);
    }
}
