package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train}: the parent of the commands that train a model, one subcommand per
 * model. Run alone it prints its usage and exits with 2.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains a model of newsgraph on an annotated corpus.",
        subcommands = {TrainAttributionCommand.class})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_USAGE;
    }
}
