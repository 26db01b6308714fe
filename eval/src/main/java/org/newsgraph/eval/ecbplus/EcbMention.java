package org.newsgraph.eval.ecbplus;

import java.util.List;
import java.util.Objects;

/**
 * A markable of an ECB+ document that is anchored to tokens (instance markables without tokens are
 * not mentions).
 *
 * @param id     ECB+'s {@code m_id}
 * @param tag    the annotation tag, e.g. {@code ACTION_OCCURRENCE}, {@code NEG_ACTION_STATE}, {@code HUMAN_PART_PER}
 * @param tokens the {@code t_id}s of its tokens, in document order
 */
public record EcbMention(int id, String tag, List<Integer> tokens) {

    public EcbMention {
        Objects.requireNonNull(tag, "tag");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("mention " + id + " has no token");
        }
    }

    /** True for event mentions: the action tags, negated ones included ({@code ACTION_*}, {@code NEG_ACTION_*}). */
    public boolean isAction() {
        return tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_");
    }
}
