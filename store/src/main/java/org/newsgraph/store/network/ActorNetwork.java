package org.newsgraph.store.network;

import java.util.List;

/**
 * A network of actors: the nodes are exactly the actors at the ends of the edges, sorted by id;
 * the edges are sorted by source, target and kind.
 */
public record ActorNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges) {

    public ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
