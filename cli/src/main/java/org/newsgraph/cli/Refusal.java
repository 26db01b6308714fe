package org.newsgraph.cli;

import picocli.CommandLine;

/**
 * A question or correction the store cannot answer as asked (no such actor or story, a name that
 * matches several actors, a correction the store refuses): the command prints its message as one line
 * on standard error and exits 1.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super(message);
    }

    /** Prints the refusal's message on the command's standard error; returns the exit code, 1. */
    static int print(CommandLine cli, RuntimeException refused) {
        cli.getErr().println(refused.getMessage());
        cli.getErr().flush();
        return Main.EXIT_SOME_FAILED;
    }
}
