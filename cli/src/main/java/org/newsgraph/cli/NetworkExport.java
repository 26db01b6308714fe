package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.export.GexfWriter;
import org.newsgraph.cli.export.GraphmlWriter;
import org.newsgraph.cli.export.Neo4jCsvWriter;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkFilter;
import picocli.CommandLine;

/** The network formats of {@code export}: GEXF and GraphML to standard output, Neo4j CSV files into a directory. */
final class NetworkExport {

    private NetworkExport() {
    }

    static int write(ArticleStore store, NetworkFilter filter, ExportCommand.Format format, @Nullable Path directory,
            CommandLine cli) {
        ActorNetwork network = store.network().network(filter);
        PrintWriter out = cli.getOut();
        try {
            switch (format) {
                case GEXF -> GexfWriter.write(network, out);
                case GRAPHML -> GraphmlWriter.write(network, out);
                case NEO4J -> {
                    Neo4jCsvWriter.write(network, java.util.Objects.requireNonNull(directory, "directory"));
                    cli.getErr().println(directory + ": " + network.nodes().size() + " actors, "
                            + network.edges().size() + " relationships");
                }
                default -> throw new IllegalArgumentException("not a network format: " + format);
            }
        } catch (XMLStreamException e) {
            throw new UncheckedIOException("cannot write the network: " + e.getMessage(), new IOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the network into " + directory + ": " + e.getMessage(), e);
        }
        if (format != ExportCommand.Format.NEO4J) {
            out.println();
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
