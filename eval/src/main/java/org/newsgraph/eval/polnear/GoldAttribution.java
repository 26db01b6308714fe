package org.newsgraph.eval.polnear;

import org.jspecify.annotations.Nullable;

/**
 * One gold attribution relation.
 *
 * @param source  who, if annotated
 * @param cue     the cue, if annotated
 * @param content what is attributed
 */
public record GoldAttribution(@Nullable GoldSpan source, @Nullable GoldSpan cue, GoldSpan content) {
}
