package org.newsgraph.spark;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The entry point of the Spark job, for {@code ./newsgraph spark ...} and for
 * {@code spark-submit --class org.newsgraph.spark.Main newsgraph-spark.jar analyze ...}. Exit codes:
 * 0 every article analysed, 1 some failed (rows of the {@code errors} table), 2 usage error,
 * 3 the job failed.
 */
@Command(name = "newsgraph spark", mixinStandardHelpOptions = true,
        description = "newsgraph on Apache Spark.", subcommands = {SparkAnalyzeCommand.class, SparkLinkCommand.class, SparkBenchCommand.class})
public final class Main implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_FAILED = 3;

    @Spec
    @Nullable CommandSpec spec;

    /** Without a subcommand: the usage, and a usage error. */
    @Override
    public Integer call() {
        if (spec != null) {
            spec.commandLine().usage(spec.commandLine().getErr());
        }
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line; the exit code is returned, not passed to {@link System#exit}. */
    static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, with its exception handler. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (e instanceof IllegalArgumentException) {
                err.println("newsgraph spark: " + e.getMessage());
                err.flush();
                return EXIT_USAGE;
            }
            err.println("newsgraph spark: the job failed: " + e);
            err.flush();
            return EXIT_FAILED;
        });
        return cli;
    }

    /**
     * A session named {@code app} on {@code master}, or, when none is given, on what spark-submit
     * set, else on an embedded {@code local[*]}.
     */
    static SparkSession session(String app, String master) {
        return session(app, master, Map.of());
    }

    /** {@link #session(String, String)} with these settings too. */
    static SparkSession session(String app, String master, Map<String, String> settings) {
        SparkSession.Builder builder = SparkSession.builder().appName(app);
        settings.forEach(builder::config);
        if (!master.isEmpty()) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }
}
