package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.link.LinkerFiles;

/** Finds the linker's index for a command, building it from WikiDict on first use. */
final class LinkIndexes {

    private LinkIndexes() {
    }

    /**
     * The index file in {@code dir} (or the default directory); when it is missing, it is built once
     * from CoreNLP's WikiDict if the kbp jar is in the local Maven repository.
     *
     * @throws UsageException if there is no index and no jar to build it from
     */
    static Path require(@Nullable Path dir, PrintWriter err) {
        Path directory = dir != null ? dir : LinkerFiles.defaultDirectory();
        Path index = LinkerFiles.index(directory);
        if (Files.isRegularFile(index)) {
            return index;
        }
        if (!Files.isRegularFile(LinkerFiles.defaultKbpJar())) {
            throw new UsageException("no linker index in " + directory + ": fetch CoreNLP's kbp models once with "
                    + LinkerFiles.FETCH_HINT + ", or build one from your own alias table with "
                    + "newsgraph linker build --from FILE");
        }
        LinkerCommand.build(null, null, directory, err);
        return index;
    }
}
