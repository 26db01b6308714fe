package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The one {@code --db} option: which commands take it, and how a missing store is refused or created. */
class StoreOptionTest {

    @Test
    void everyCommandThatOpensTheStoreTakesTheSameDbOption() {
        List<String> commands = new ArrayList<>();
        Set<String> descriptions = new LinkedHashSet<>();
        collect(Main.commandLine(), commands, descriptions);
        assertThat(commands).containsExactly("ingest", "watch", "actors", "actors list", "actors merge",
                "actors split", "actor", "quotes", "events", "stories", "story", "conflicts", "export", "articles",
                "rebuild", "serve");
        assertThat(descriptions).hasSize(1);
        assertThat(descriptions.iterator().next()).startsWith("The store: a directory (embedded H2 database)")
                .endsWith("Only ingest and watch create a missing one.");
    }

    private static void collect(CommandLine cli, List<String> commands, Set<String> descriptions) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            String name = sub.getCommandSpec().qualifiedName(" ").substring("newsgraph ".length());
            OptionSpec db = sub.getCommandSpec().findOption("--db");
            // bench --db names an empty store to fill, by default a temporary one: another option.
            if (db != null && !name.equals("bench")) {
                commands.add(name);
                descriptions.add(String.join(" ", db.description()));
            }
            collect(sub, commands, descriptions);
        }
    }

    @Test
    void aReadingCommandRefusesAMissingStoreAndAWritingOneCreatesIt(@TempDir Path dir) {
        String missing = dir.resolve("nothing").toString();
        StoreOption option = new StoreOption();
        assertThat(option.spec(Map.of("NEWSGRAPH_DB", "elsewhere"))).isEqualTo("elsewhere");
        option.db = missing;
        assertThat(option.spec(Map.of("NEWSGRAPH_DB", "elsewhere"))).isEqualTo(missing);
        assertThatThrownBy(() -> option.openExisting(Map.of()))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("no store at " + missing + ": ");
        option.openOrCreate(Map.of()).close();
        option.openExisting(Map.of()).close();
    }
}
