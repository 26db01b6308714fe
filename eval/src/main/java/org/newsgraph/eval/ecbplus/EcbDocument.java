package org.newsgraph.eval.ecbplus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ECB+ document: its tokens placed in a plain text rebuilt from them (one sentence a line) and its
 * token-anchored markables.
 *
 * @param name     the file name without ".xml", e.g. {@code 23_1ecbplus}
 * @param topic    the topic number, e.g. 23
 * @param text     the rebuilt text every token offset refers to
 * @param tokens   tokens in document order
 * @param mentions markables with token anchors, in file order
 */
public record EcbDocument(String name, int topic, String text, List<EcbToken> tokens, List<EcbMention> mentions) {

    public EcbDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** The event mentions ({@link EcbMention#isAction()}). */
    public List<EcbMention> actions() {
        return mentions.stream().filter(EcbMention::isAction).toList();
    }

    /** Tokens by id; built on each call, so callers that look up many ids should keep the map. */
    public Map<Integer, EcbToken> byId() {
        Map<Integer, EcbToken> map = new HashMap<>();
        tokens.forEach(t -> map.put(t.id(), t));
        return map;
    }
}
