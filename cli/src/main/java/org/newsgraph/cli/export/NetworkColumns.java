package org.newsgraph.cli.export;

import org.jspecify.annotations.Nullable;
import org.newsgraph.store.network.NetworkEdge;

/** The node and edge properties every network format writes, under the same names. */
final class NetworkColumns {

    /** Separates the evidence article ids in one value. */
    static final String LIST_SEPARATOR = "|";

    private NetworkColumns() {
    }

    /** A node's id in the written file: {@code a} and the actor id. */
    static String nodeId(long actorId) {
        return "a" + actorId;
    }

    static String articles(NetworkEdge edge) {
        return String.join(LIST_SEPARATOR, edge.articleIds());
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
