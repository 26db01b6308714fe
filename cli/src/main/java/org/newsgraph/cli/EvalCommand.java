package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval}: the parent of the evaluations against annotated corpora, one subcommand
 * per corpus. Run alone it prints its usage and exits with 2.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores newsgraph against an annotated corpus.",
        subcommands = {EvalGumCommand.class, EvalPolnearCommand.class, EvalHtmlCommand.class,
                EvalEcbplusCommand.class})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_USAGE;
    }
}
