package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.events.StoredEvent;
import org.newsgraph.store.questions.EventQuery;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.questions.UnknownActorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph events [--type T] [--actor NAME] [--from DATE] [--to DATE] [--status S] [--limit N]}:
 * the events of the stored articles, newest first. An event's date is its own when the article gives
 * a calendar date, else the article's publication date. Exit codes: 0 listed, 1 no actor matches,
 * 2 usage error.
 */
@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = "Lists the events of the stored articles, newest first, filtered by type, actor, dates and status.")
final class EventsCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Option(names = "--type", paramLabel = "T", description = "Only events of this PLOVER type, e.g. CONSULT, ASSAULT.")
    @Nullable String type;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only events with this actor as source or target.")
    @Nullable String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (2023, 2023-09 or 2023-09-12).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE (2023, 2023-09 or 2023-09-12).")
    @Nullable String to;

    @Option(names = "--status", paramLabel = "S",
            description = "Only events with this status: occurred, ongoing, planned, alleged, denied or hypothetical.")
    @Nullable String status;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        OptionChecks.requirePositive("--limit", limit);
        OptionChecks.requireDate("--from", from);
        OptionChecks.requireDate("--to", to);
        CommandLine cli = Main.commandLineOf(spec);
        try (ArticleStore store = db.openForQuestions()) {
            List<StoredEvent> events = new Questions(store).events(new EventQuery(type, actor, from, to, status, limit));
            if (answer.json()) {
                AnswerFormat.printJson(cli.getOut(), events);
            } else {
                TextTable table = new TextTable("DATE", "TYPE", "SOURCE", "TRIGGER", "TARGET", "STATUS", "ARTICLE");
                events.forEach(e -> table.row(e.date(), e.type(), String.join("; ", e.sources()), e.trigger(),
                        String.join("; ", e.targets()), e.status(), e.articleId()));
                table.print(cli.getOut());
            }
            return Main.EXIT_OK;
        } catch (UnknownActorException e) {
            return Refusal.print(cli, e);
        }
    }
}
