package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.export.AcledWriter;
import org.newsgraph.cli.export.PolecatWriter;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.network.NetworkFilter;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.questions.UnknownActorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph export --format jsonl|events-csv|polecat|acled|gexf|graphml|neo4j [--actor NAME] [--from DATE] [--to DATE]}:
 * the latest version of each stored article (oldest publication first), as {@code newsgraph/document@1}
 * JSON lines or, read back into documents ({@link DocumentReader}), as the events table that
 * {@link EventCsvWriter} writes, POLECAT's event table ({@link PolecatWriter}) or an ACLED-shaped table
 * ({@link AcledWriter}: only the events ACLED codes, the others counted on standard error), on standard
 * output ({@link TableExport}); the last two keep with {@code --actor} only the events of that actor and
 * with {@code --type} only the events of that PLOVER type.
 * The network formats write the actor network instead ({@link NetworkExport}), with the filters of
 * {@code events} plus {@code --type}.
 * Filters: articles that mention an actor, articles published in a date range. Exit codes: 0
 * written, 1 no actor matches, 2 usage error.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the stored articles as document JSON lines, their events as CSV, a POLECAT or an ACLED-shaped table, "
                + "or the actor network (GEXF, GraphML, Neo4j CSV).")
final class ExportCommand implements Callable<Integer> {

    /** What export writes. */
    enum Format {
        JSONL, EVENTS_CSV, POLECAT, ACLED, GEXF, GRAPHML, NEO4J;

        boolean network() {
            return this == GEXF || this == GRAPHML || this == NEO4J;
        }
    }

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "jsonl (newsgraph/document@1, one article a line), events-csv (one event a row), "
                    + "polecat (POLECAT's tab-separated event table), acled (ACLED's columns, the events ACLED codes), gexf or graphml (the actor network), neo4j (its node and relationship CSV files, into DIR).")
    Format format = Format.JSONL;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "With --format neo4j: the directory to write into.")
    @Nullable Path directory;

    @Option(names = "--type", paramLabel = "T",
            description = "Network formats: only edges of this kind (a PLOVER type such as CONSULT, quotes or mentions); "
                    + "polecat, acled: only events of this PLOVER type.")
    @Nullable String type;

    @Option(names = "--min-mentioned", paramLabel = "N", defaultValue = "2",
            description = "Network formats: a mentions edge needs N articles naming both actors (default: ${DEFAULT-VALUE}).")
    int minMentioned;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only articles that mention this actor.")
    @Nullable String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
    @Nullable String to;

    @Override
    public Integer call() {
        OptionChecks.requireDate("--from", from);
        OptionChecks.requireDate("--to", to);
        CommandLine cli = Main.commandLineOf(spec);
        if (format == Format.NEO4J && directory == null) {
            throw new UsageException("--format neo4j needs a directory to write into: export --format neo4j DIR");
        }
        if (format != Format.NEO4J && directory != null) {
            throw new UsageException("only --format neo4j takes a directory: " + directory);
        }
        boolean eventTable = format == Format.POLECAT || format == Format.ACLED;
        if (type != null && !format.network() && !eventTable) {
            throw new UsageException("--type filters the network formats (gexf, graphml, neo4j), polecat and acled");
        }
        if (type != null && eventTable && !PolecatWriter.isPloverType(type.toUpperCase(Locale.ROOT))) {
            throw new UsageException("--type of --format " + format.name().toLowerCase(Locale.ROOT)
                    + " is a PLOVER type such as CONSULT, not '" + type + "'");
        }
        OptionChecks.requirePositive("--min-mentioned", minMentioned);
        try (ArticleStore store = db.openForQuestions()) {
            @Nullable Long actorId;
            try {
                actorId = actor == null ? null : new Questions(store).actorId(actor);
            } catch (UnknownActorException e) {
                return Refusal.print(cli, e);
            }
            PrintWriter out = cli.getOut();
            if (format.network()) {
                return NetworkExport.write(store, new NetworkFilter(type, actorId, from, to, minMentioned), format,
                        directory, cli);
            }
            TableExport table = new TableExport(format, out, type, actorId);
            for (String document : store.events().documents(actorId, from, to)) {
                table.write(document);
            }
            table.finish();
            if (format == Format.ACLED && table.skipped() > 0) {
                cli.getErr().println(table.skipped() + " events left out: ACLED codes no event of their type, mode "
                        + "or status (see README, \"Event tables in ACLED's shape\")");
            }
            return Main.EXIT_OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }

    /** Parses a format's name. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "jsonl" -> Format.JSONL;
                case "events-csv" -> Format.EVENTS_CSV;
                case "polecat" -> Format.POLECAT;
                case "acled" -> Format.ACLED;
                case "gexf" -> Format.GEXF;
                case "graphml" -> Format.GRAPHML;
                case "neo4j" -> Format.NEO4J;
                default -> throw new CommandLine.TypeConversionException(
                        "expected jsonl, events-csv, polecat, acled, gexf, graphml or neo4j but was '" + value + "'");
            };
        }
    }
}
