package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stores;
import org.newsgraph.store.actors.ActorSummary;
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
        Db db = new Db();

        @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
                description = "Only actors of this type: PERSON, ORGANIZATION, GPE, LOCATION or FACILITY.")
        @Nullable EntityType type;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most N actors (default: ${DEFAULT-VALUE}).")
        int limit;

        int run() {
            requirePositive("--limit", limit);
            CommandLine cli = commandLine(spec);
            try (ArticleStore store = db.open()) {
                List<ActorSummary> actors = store.actors().top(type, limit);
                if (db.format == Format.JSON) {
                    printJson(cli.getOut(), actors);
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
        Db db = new Db();

        @Parameters(index = "0", paramLabel = "A", description = "The actor that stays.")
        String into = "";

        @Parameters(index = "1", paramLabel = "B", description = "The actor merged into A.")
        String from = "";

        @Override
        public Integer call() {
            CommandLine cli = commandLine(spec);
            try (ArticleStore store = db.open()) {
                ActorSummary a = unique(store, into);
                ActorSummary b = unique(store, from);
                int moved = store.actors().merge(a.id(), b.id());
                cli.getOut().println("Merged #" + b.id() + " " + b.name() + " into #" + a.id() + " " + a.name()
                        + ": " + count(moved, "entity", "entities") + " moved.");
                cli.getOut().flush();
                return Main.EXIT_OK;
            } catch (Refused | StoreException e) {
                return refuse(cli, e);
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
        Db db = new Db();

        @Parameters(index = "0", paramLabel = "ACTOR", description = "A name or id (#12 or 12).")
        String actor = "";

        @Parameters(index = "1", paramLabel = "NAME", description = "The name to split off, e.g. \"Kim Jong Il\".")
        String name = "";

        @Override
        public Integer call() {
            CommandLine cli = commandLine(spec);
            try (ArticleStore store = db.open()) {
                ActorSummary from = unique(store, actor);
                ActorSummary created = store.actors().split(from.id(), name);
                cli.getOut().println("Split " + created.name() + " off #" + from.id() + " " + from.name()
                        + " as #" + created.id() + ": " + count(created.mentions(), "mention") + " in "
                        + count(created.articles(), "article") + ".");
                cli.getOut().flush();
                return Main.EXIT_OK;
            } catch (Refused | StoreException e) {
                return refuse(cli, e);
            }
        }
    }

    /** The {@code --db} and {@code --format} options that every question takes. */
    static final class Db {

        @Option(names = "--db", paramLabel = "DB",
                description = "An existing store: a directory (embedded H2 database), a jdbc:h2:file: or a jdbc:postgresql:// URL "
                        + "(default: $NEWSGRAPH_DB, else " + Stores.DEFAULT_DB + ").")
        @Nullable String db;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
                description = "table (default) or json.")
        Format format = Format.TABLE;

        /**
         * Opens the store, which must exist (a question never creates an empty one), and links any entities
         * stored before actor linking existed unless the store is read-only.
         */
        ArticleStore open() {
            ArticleStore store;
            try {
                store = Stores.openExisting(db != null ? db : Stores.defaultSpec(System.getenv()), System.getenv());
            } catch (StoreException e) {
                throw new UsageException(String.valueOf(e.getMessage()));
            }
            if (store.readOnly()) {
                return store;
            }
            try {
                store.actors().linkUnlinked();
                return store;
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
    }

    /** How a question prints its answer. */
    enum Format {
        TABLE, JSON
    }

    /** What a name typed on the command line matched, when it has to be one actor and is not. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The one actor {@code typed} names: an id, or a name that matches exactly one actor. */
    static ActorSummary unique(ArticleStore store, String typed) {
        List<ActorSummary> found = store.actors().find(typed);
        if (found.isEmpty()) {
            throw new Refused("no actor matches '" + typed + "'");
        }
        if (found.size() > 1) {
            throw new Refused("'" + typed + "' matches " + found.size() + " actors; give one's id: "
                    + found.stream().map(a -> "#" + a.id() + " " + a.name() + " (" + a.type() + ")")
                            .collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /**
     * The id of the actor a filter option names (the best match of {@code ActorIndex.search}), or null
     * without the option.
     *
     * @throws Refused if no actor matches
     */
    static @Nullable Long filterActor(ArticleStore store, @Nullable String name) {
        if (name == null) {
            return null;
        }
        List<ActorSummary> found = store.actors().search(name);
        if (found.isEmpty()) {
            throw new Refused("no actor matches '" + name + "'");
        }
        return found.get(0).id();
    }

    static int refuse(CommandLine cli, RuntimeException e) {
        cli.getErr().println(e.getMessage());
        cli.getErr().flush();
        return Main.EXIT_SOME_FAILED;
    }

    static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
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

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer records always serialise", e);
        }
    }

    static void requirePositive(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be positive: " + value);
        }
    }

    static CommandLine commandLine(@Nullable CommandSpec spec) {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec.commandLine();
    }

    /** Parses {@code table} or {@code json}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected table or json but was '" + value + "'");
            }
        }
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
