package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer onto a {@link PrintWriter} (picocli's standard output) that turns the errors the print
 * writer swallows into {@link IOException}s at the next flush, so that a command writing its
 * results to a full disk or a closed pipe stops with a message instead of exiting 0 with its output
 * lost. Not thread-safe.
 */
final class CheckedOutput extends Writer {

    static final String MESSAGE = "standard output is not writable (disk full or pipe closed?)";

    private final PrintWriter out;

    CheckedOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        out.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        out.write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (out.checkError()) { // checkError flushes first
            throw new IOException(MESSAGE);
        }
    }

    /** Flushes; the print writer itself stays open (it is the process's standard output). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
