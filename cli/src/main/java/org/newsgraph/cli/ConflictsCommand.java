package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.claims.Claim;
import org.newsgraph.store.claims.Conflict;
import org.newsgraph.store.claims.ConflictFilter;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.questions.UnknownActorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph conflicts [--story ID] [--actor NAME] [--kind quantity|denial] [--limit N]}: where
 * stored articles disagree, newest first: different numbers for the same thing in one story, and one
 * source denying what another asserts. With {@code --claims}, the claims several articles carry
 * instead, each with its first reporter. Exit codes: 0 listed, 1 no actor matches, 2 usage error.
 */
@Command(name = "conflicts",
        mixinStandardHelpOptions = true,
        description = "Lists where the stored articles disagree (numbers, denials), or with --claims the claims "
                + "that several articles repeat.")
final class ConflictsCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Option(names = "--story", paramLabel = "ID", description = "Only conflicts within this story.")
    @Nullable Long story;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Only conflicts with this actor as a side's source or in the story's events "
                    + "(with --claims: only this source's claims).")
    @Nullable String actor;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only conflicts of this kind: quantity or denial.")
    @Nullable String kind;

    @Option(names = "--claims", description = "List the claims carried by two or more articles instead.")
    boolean claims;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N conflicts or claims (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        OptionChecks.requirePositive("--limit", limit);
        if (kind != null && !ConflictFilter.KINDS.contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            throw new UsageException("--kind must be quantity or denial: " + kind);
        }
        CommandLine cli = Main.commandLineOf(spec);
        try (ArticleStore store = db.openForQuestions()) {
            Questions questions = new Questions(store);
            if (claims) {
                List<Claim> repeated = questions.repeatedClaims(actor, limit);
                if (answer.json()) {
                    AnswerFormat.printJson(cli.getOut(), repeated);
                } else {
                    TextTable table = new TextTable("ARTICLES", "SOURCE", "FIRST", "PUBLISHED", "CLAIM");
                    repeated.forEach(c -> table.row(c.reports().size(), c.source(), c.firstReporter().articleId(),
                            c.firstReporter().published(), c.firstReporter().text()));
                    table.print(cli.getOut());
                }
                return Main.EXIT_OK;
            }
            List<Conflict> conflicts = questions.conflicts(story, actor, kind, limit);
            if (answer.json()) {
                AnswerFormat.printJson(cli.getOut(), conflicts);
            } else {
                table(conflicts).print(cli.getOut());
            }
            return Main.EXIT_OK;
        } catch (UnknownActorException e) {
            return Refusal.print(cli, e);
        }
    }

    static TextTable table(List<Conflict> conflicts) {
        TextTable table = new TextTable("KIND", "STORY", "DETAIL", "FIRST", "SECOND");
        conflicts.forEach(c -> table.row(c.kind(), c.storyId(), c.detail(), StoryCommand.side(c.first()),
                StoryCommand.side(c.second())));
        return table;
    }
}
