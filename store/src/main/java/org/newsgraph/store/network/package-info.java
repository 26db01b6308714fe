/**
 * The actor network of the stored articles: corpus-wide actors as nodes, and as edges the typed
 * events between them, who quotes whom and who is mentioned with whom, each with its evidence
 * articles. Exports (GEXF, GraphML, Neo4j) and the pictures of the web pages are drawn from it.
 */
@NullMarked
package org.newsgraph.store.network;

import org.jspecify.annotations.NullMarked;
