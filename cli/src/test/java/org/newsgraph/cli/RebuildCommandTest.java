package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** {@code newsgraph rebuild}: the same articles stored in two orders give the same actors once rebuilt. */
class RebuildCommandTest {

    @TempDir
    Path dir;

    /** "Clinton" before any full name, then Bill Clinton, then "Clinton", then Hillary Clinton. */
    private static List<Doc> docs() {
        return List.of(person("c1", "2016-01-05", "Clinton spoke in a school gym.", "Clinton"),
                person("b1", "2016-01-06", "Bill Clinton campaigned for his wife.", "Bill Clinton"),
                person("c2", "2016-01-07", "Clinton returned to the stage later.", "Clinton"),
                person("h1", "2016-01-20", "Hillary Clinton debated her rival.", "Hillary Clinton"));
    }

    private String fill(String name, List<Doc> docs) {
        String db = dir.resolve(name).toString();
        try (ArticleStore store = Stores.open(db)) {
            docs.forEach(store::store);
        }
        return db;
    }

    @Test
    void storesFilledInTwoOrdersHaveTheSameActorsOnceRebuilt() {
        List<Doc> reversed = new ArrayList<>(docs());
        Collections.reverse(reversed);
        String forward = fill("forward", docs());
        String backward = fill("backward", reversed);
        assertThat(CliRun.of("actors", "--db", backward).out()).isNotEqualTo(CliRun.of("actors", "--db", forward).out());

        CliRun first = CliRun.of("rebuild", "--db", forward);
        CliRun second = CliRun.of("rebuild", "--db", backward);

        assertThat(first.exitCode()).isEqualTo(0);
        assertThat(first.err()).isEqualTo("rebuild: 4 of 4 versions\n");
        assertThat(first.out()).startsWith(forward + ": rebuilt 4 article versions in canonical order: 3 actors "
                + "(4 entity links), 0 stories, 0 copies, 0 claims, 0 conflicts, in ");
        assertThat(second.exitCode()).isEqualTo(0);
        assertThat(CliRun.of("actors", "--db", backward).out()).isEqualTo(CliRun.of("actors", "--db", forward).out())
                .contains("Bill Clinton").contains("Hillary Clinton");
    }

    @Test
    void aSecondRebuildSaysNothingChanged() {
        String db = fill("db", docs());
        CliRun.of("rebuild", "--db", db);

        CliRun again = CliRun.of("rebuild", "--db", db);

        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).isEqualTo(db + ": already rebuilt from these versions, nothing changed (--force "
                + "rebuilds anyway): 3 actors (4 entity links), 0 stories, 0 copies, 0 claims, 0 conflicts\n");
        assertThat(CliRun.of("rebuild", "--db", db, "--force").out()).contains(": rebuilt 4 article versions");
    }

    @Test
    void aStoreThatCannotBeOpenedIsAUsageError() {
        CliRun run = CliRun.of("rebuild", "--db", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("newsgraph: ").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void aMissingStoreIsRefusedAndNotCreated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path missing = dir.resolve("nothing-here");

        CliRun run = CliRun.of("rebuild", "--db", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("newsgraph: no store at " + missing);
        assertThat(missing).doesNotExist();
    }

    private static Doc person(String id, String date, String text, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, EntityType.PERSON,
                    MentionKind.NAME));
        }
        return Doc.of(new Article(id, text, null, date, null, "Outlet"))
                .withLanguage("en").withEntities(List.of(new Entity("e1", EntityType.PERSON, name, mentions, List.of())));
    }
}
