package org.newsgraph.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. Exit codes: 0 success, 1 some documents failed, 2 usage error, 3 internal
 * error.
 */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news articles into source-attributed knowledge: entities, attributions, events, "
                + "quantities and dates.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main {

    public static final int EXIT_OK = 0;
    public static final int EXIT_SOME_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @Option(names = "--verbose", description = "Print stack traces and progress details.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(outputChecked(execute(out, err, args), out, err));
    }

    /**
     * The exit code, made an internal error if standard output lost anything (a print writer
     * swallows write errors, so a full disk would otherwise exit 0 with the results gone).
     */
    static int outputChecked(int exitCode, PrintWriter out, PrintWriter err) {
        if (exitCode == EXIT_OK && out.checkError()) {
            err.println("newsgraph: cannot write the output: " + CheckedOutput.MESSAGE);
            return EXIT_INTERNAL;
        }
        return exitCode;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured command tree (for tests and the launcher). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        Subcommands.register(cli);
        cli.setExecutionExceptionHandler(Main::handleException);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsgraph: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        cli.setExitCodeExceptionMapper(ex -> ex instanceof UsageException ? EXIT_USAGE : EXIT_INTERNAL);
        return cli;
    }

    private static int handleException(Exception ex, CommandLine cmd, CommandLine.ParseResult parse) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parse.matchedOption("--verbose") != null
                || (parse.hasSubcommand() && hasVerbose(parse));
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("newsgraph: " + message);
        if (verbose) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof UsageException)) {
            err.println("(run with --verbose for details)");
        }
        return ex instanceof UsageException ? EXIT_USAGE : EXIT_INTERNAL;
    }

    /** True if {@code --verbose} was given anywhere on the command line that ran {@code spec}'s command. */
    static boolean verbose(CommandLine.Model.@Nullable CommandSpec spec) {
        if (hasVerbose(commandLineOf(spec).getParseResult())) {
            return true;
        }
        return spec.root().userObject() instanceof Main main && main.verbose;
    }

    /** The command line running the command of an injected {@code @Spec}; its out and err are the command's. */
    static CommandLine commandLineOf(CommandLine.Model.@Nullable CommandSpec spec) {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec.commandLine();
    }

    private static boolean hasVerbose(CommandLine.ParseResult parse) {
        for (CommandLine.ParseResult p = parse; p != null; p = p.subcommand()) {
            if (p.matchedOption("--verbose") != null) {
                return true;
            }
        }
        return false;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "development build" : v)};
        }
    }
}
