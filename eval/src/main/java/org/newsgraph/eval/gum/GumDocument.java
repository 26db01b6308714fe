package org.newsgraph.eval.gum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A GUM document: a plain text rebuilt from its words (one sentence a line, a blank line before
 * each paragraph, words spaced as GUM's {@code SpaceAfter} says) and its gold mentions with
 * character offsets into that text.
 *
 * @param id       GUM's document id, e.g. {@code GUM_news_afghan}
 * @param text     the reconstructed text every offset refers to
 * @param words    words in text order
 * @param mentions gold mentions in order of their first word (outer before inner)
 */
public record GumDocument(String id, String text, List<GumWord> words, List<GumMention> mentions) {

    public GumDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        mentions = List.copyOf(mentions);
    }

    /** The coreference chains: mentions grouped by entity id, in order of first mention. */
    public List<List<GumMention>> chains() {
        Map<String, List<GumMention>> byEntity = new LinkedHashMap<>();
        for (GumMention m : mentions) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        return byEntity.values().stream().map(List::copyOf).toList();
    }
}
