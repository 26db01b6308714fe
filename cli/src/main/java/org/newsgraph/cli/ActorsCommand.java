package org.newsgraph.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.questions.Questions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph actors [list] [--type TYPE] [--limit N]}: the most mentioned corpus-wide actors;
 * {@code actors merge A B} and {@code actors split ACTOR NAME}: an analyst's corrections of the
 * linking, which hold for articles stored later. Exit codes: 0 done, 1 nothing matched or the
 * correction was refused, 2 usage error or database that cannot be opened, 3 internal error.
 */
@Command(name = "actors",
        mixinStandardHelpOptions = true,
        description = {"Lists the most mentioned actors (people, organisations, places) of the stored articles, "
                + "or corrects how article entities were linked to them (merge, split)."},
        subcommands = {ActorsCommand.ListActors.class, ActorsCommand.Merge.class, ActorsCommand.Split.class})
final class ActorsCommand implements Callable<Integer> {

    @Mixin
    Listing listing = new Listing();

    @Override
    public Integer call() {
        return listing.run();
    }

    /** {@code actors list}: the same as {@code actors} alone. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the most mentioned actors (the default of 'actors').")
    static final class ListActors implements Callable<Integer> {

        @Mixin
        Listing listing = new Listing();

        @Override
        public Integer call() {
            return listing.run();
        }
    }

    /** The options and work of the listing. */
    static final class Listing {

        @Spec(Spec.Target.MIXEE)
        @Nullable CommandSpec spec;

        @Mixin
        StoreOption db = new StoreOption();

        @Mixin
        AnswerFormat answer = new AnswerFormat();

        @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
                description = "Only actors of this type: PERSON, ORGANIZATION, GPE, LOCATION or FACILITY.")
        @Nullable EntityType type;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most N actors (default: ${DEFAULT-VALUE}).")
        int limit;

        int run() {
            OptionChecks.requirePositive("--limit", limit);
            CommandLine cli = Main.commandLineOf(spec);
            try (ArticleStore store = db.openForQuestions()) {
                List<ActorSummary> actors = new Questions(store).actors(type, null, limit);
                if (answer.json()) {
                    AnswerFormat.printJson(cli.getOut(), actors);
                } else {
                    table(actors).print(cli.getOut());
                }
            }
            return Main.EXIT_OK;
        }
    }

    /** {@code actors merge A B}. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merges actor B into actor A: B's entities, and entities stored later under B's names, "
                    + "go to A. A and B are names or ids (#12 or 12) as 'actors' lists them."})
    static final class Merge implements Callable<Integer> {

        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        StoreOption db = new StoreOption();

        @Parameters(index = "0", paramLabel = "A", description = "The actor that stays.")
        String into = "";

        @Parameters(index = "1", paramLabel = "B", description = "The actor merged into A.")
        String from = "";

        @Override
        public Integer call() {
            CommandLine cli = Main.commandLineOf(spec);
            try (ArticleStore store = db.openForQuestions()) {
                ActorSummary a = unique(store, into);
                ActorSummary b = unique(store, from);
                int moved = store.actors().merge(a.id(), b.id());
                cli.getOut().println("Merged #" + b.id() + " " + b.name() + " into #" + a.id() + " " + a.name()
                        + ": " + Counts.of(moved, "entity", "entities") + " moved.");
                cli.getOut().flush();
                return Main.EXIT_OK;
            } catch (Refusal | StoreException e) {
                return Refusal.print(cli, e);
            }
        }
    }

    /** {@code actors split ACTOR NAME}. */
    @Command(name = "split", mixinStandardHelpOptions = true,
            description = {"Splits the entities of ACTOR whose name has the same key as NAME (case, spaces, hyphens "
                    + "and dots aside) off into a new actor, which entities stored later under that name also go to.",
                "A surname that was linked to a full name (\"Clinton\" to Hillary Clinton) is split off the same way, "
                    + "and later articles' \"Clinton\" then goes to the new actor."})
    static final class Split implements Callable<Integer> {

        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        StoreOption db = new StoreOption();

        @Parameters(index = "0", paramLabel = "ACTOR", description = "A name or id (#12 or 12).")
        String actor = "";

        @Parameters(index = "1", paramLabel = "NAME", description = "The name to split off, e.g. \"Kim Jong Il\".")
        String name = "";

        @Override
        public Integer call() {
            CommandLine cli = Main.commandLineOf(spec);
            try (ArticleStore store = db.openForQuestions()) {
                ActorSummary from = unique(store, actor);
                ActorSummary created = store.actors().split(from.id(), name);
                cli.getOut().println("Split " + created.name() + " off #" + from.id() + " " + from.name()
                        + " as #" + created.id() + ": " + Counts.of(created.mentions(), "mention") + " in "
                        + Counts.of(created.articles(), "article") + ".");
                cli.getOut().flush();
                return Main.EXIT_OK;
            } catch (Refusal | StoreException e) {
                return Refusal.print(cli, e);
            }
        }
    }

    /** The one actor {@code typed} names: an id, or a name that matches exactly one actor. */
    static ActorSummary unique(ArticleStore store, String typed) {
        List<ActorSummary> found = store.actors().find(typed);
        if (found.isEmpty()) {
            throw new Refusal("no actor matches '" + typed + "'");
        }
        if (found.size() > 1) {
            throw new Refusal("'" + typed + "' matches " + found.size() + " actors; give one's id: "
                    + found.stream().map(a -> "#" + a.id() + " " + a.name() + " (" + a.type() + ")")
                            .collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /** The actors as a table; with their Wikipedia page titles in a LINK column if any is linked. */
    static TextTable table(List<ActorSummary> actors) {
        if (actors.stream().allMatch(a -> a.link() == null)) {
            TextTable table = new TextTable("ID", "ACTOR", "TYPE", "ARTICLES", "MENTIONS");
            actors.forEach(a -> table.row(a.id(), a.name(), a.type(), a.articles(), a.mentions()));
            return table;
        }
        TextTable table = new TextTable("ID", "ACTOR", "TYPE", "ARTICLES", "MENTIONS", "LINK");
        actors.forEach(a -> table.row(a.id(), a.name(), a.type(), a.articles(), a.mentions(),
                a.link() == null ? "" : a.link()));
        return table;
    }

    /** Parses an entity type in any case. */
    static final class TypeConverter implements CommandLine.ITypeConverter<EntityType> {
        @Override
        public EntityType convert(String value) {
            try {
                return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected one of "
                        + Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + " but was '" + value + "'");
            }
        }
    }
}
