package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line with captured output: the exit code and what went to
 * standard output and standard error.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
