package org.newsgraph.cli;

import picocli.CommandLine;

/** The list of subcommands, in the order {@code --help} shows them. */
final class Subcommands {

    private Subcommands() {
    }

    static void register(CommandLine root) {
        // Each subcommand class registers here, e.g. root.addSubcommand("analyze", new AnalyzeCommand());
        root.addSubcommand("analyze", new AnalyzeCommand());
        root.addSubcommand("extract", new ExtractCommand());
        root.addSubcommand("ingest", new IngestCommand());
        root.addSubcommand("watch", new WatchCommand());
        root.addSubcommand("actors", new ActorsCommand());
        root.addSubcommand("actor", new ActorCommand());
        root.addSubcommand("quotes", new QuotesCommand());
        root.addSubcommand("events", new EventsCommand());
        root.addSubcommand("stories", new StoriesCommand());
        root.addSubcommand("story", new StoryCommand());
        root.addSubcommand("conflicts", new ConflictsCommand());
        root.addSubcommand("export", new ExportCommand());
        root.addSubcommand("articles", new ArticlesCommand());
        root.addSubcommand("rebuild", new RebuildCommand());
        root.addSubcommand("serve", new ServeCommand());
        root.addSubcommand("bench", new BenchCommand());
        root.addSubcommand("eval", new EvalCommand());
        root.addSubcommand("train", new TrainCommand());
        root.addSubcommand("linker", new LinkerCommand());
    }
}
