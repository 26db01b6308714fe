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
 * @param chains   the gold coreference chain of each mention in a relation, by {@code m_id}: the
 *                 {@code note} of its {@code CROSS_DOC_COREF} relation (an instance id shared across
 *                 the documents of a topic), or {@code NAME/r_id} of its {@code INTRA_DOC_COREF}
 *                 relation; a mention in no relation is a chain of its own
 */
public record EcbDocument(String name, int topic, String text, List<EcbToken> tokens, List<EcbMention> mentions,
        Map<Integer, String> chains) {

    public EcbDocument {
        chains = Map.copyOf(chains);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** A document without coreference relations. */
    public EcbDocument(String name, int topic, String text, List<EcbToken> tokens, List<EcbMention> mentions) {
        this(name, topic, text, tokens, mentions, Map.of());
    }

    /** The gold chain of a mention: its relation's chain id, else one of its own ({@code NAME#m_id}). */
    public String chainOf(EcbMention mention) {
        String chain = chains.get(mention.id());
        return chain != null ? chain : name + "#" + mention.id();
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
