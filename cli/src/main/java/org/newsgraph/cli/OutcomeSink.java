package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.newsgraph.cli.analysis.Analysed;
import org.newsgraph.io.output.DocumentWriter;

/**
 * Receives outcomes in input order: writes analysed documents, reports failures on the error
 * stream as {@code name: reason}, and counts both ({@code analyze} skips nothing). Not thread-safe:
 * runs on the calling thread.
 */
final class OutcomeSink implements Consumer<Analysed> {

    private final DocumentWriter writer;
    private final PrintWriter err;
    private final boolean verbose;
    private int analysed;
    private int failed;

    OutcomeSink(DocumentWriter writer, PrintWriter err, boolean verbose) {
        this.writer = writer;
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public void accept(Analysed outcome) {
        if (outcome instanceof Analysed.Document done) {
            write(done);
        } else if (outcome instanceof Analysed.Failed failure) {
            failed++;
            err.println(failure.name() + ": " + failure.reason());
            if (verbose && failure.cause() != null) {
                failure.cause().printStackTrace(err);
            }
            err.flush();
        }
    }

    private void write(Analysed.Document done) {
        analysed++;
        try {
            writer.write(done.doc());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
        if (verbose) {
            err.printf("%s: analysed in %.1f s%n", done.name(), done.millis() / 1000.0);
            err.flush();
        }
    }

    int analysed() {
        return analysed;
    }

    int failed() {
        return failed;
    }
}
