package org.newsgraph.cli;

import picocli.CommandLine;

/** The list of subcommands, in the order {@code --help} shows them. */
final class Subcommands {

    private Subcommands() {
    }

    static void register(CommandLine root) {
        // Each subcommand class registers here, e.g. root.addSubcommand("analyze", new AnalyzeCommand());
        root.addSubcommand("analyze", new AnalyzeCommand());
        root.addSubcommand("bench", new BenchCommand());
        root.addSubcommand("eval", new EvalCommand());
    }
}
