package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.link.LinkConfig;
import picocli.CommandLine.Option;

/** The Wikipedia linker's options, shared by the commands that analyse articles. */
final class LinkOptions {

    @Option(names = "--link-threshold", paramLabel = "T",
            description = "Lowest score of a Wikipedia link, in [0, 1]; lower links more, less precisely (default: 0.6).")
    private double threshold = LinkConfig.precise().threshold();

    @Option(names = "--link-dir", paramLabel = "DIR",
            description = "The linker's index directory (default: $NEWSGRAPH_LINKER_DIR or ~/.cache/newsgraph/linker).")
    private @Nullable Path dir;

    /** {@code base} with linking on: the index found (or built on first use) and the threshold checked. */
    AnalyzerConfig linking(AnalyzerConfig base, PrintWriter err) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UsageException("--link-threshold must be in [0, 1]: " + threshold);
        }
        return base.withLinking(LinkIndexes.require(dir, err), LinkConfig.precise().withThreshold(threshold));
    }
}
