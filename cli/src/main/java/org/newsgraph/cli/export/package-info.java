/**
 * Writers of the stored actor network and events in other tools' formats: GEXF 1.2 (Gephi),
 * GraphML 1.0, the CSV files of {@code neo4j-admin database import}, and POLECAT's event table.
 */
@NullMarked
package org.newsgraph.cli.export;

import org.jspecify.annotations.NullMarked;
