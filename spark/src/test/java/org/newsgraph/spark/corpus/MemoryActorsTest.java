package org.newsgraph.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.actors.ActorDirectory;
import org.newsgraph.store.actors.ActorLinking;

/** The linker's memory is bounded by the actors' recent versions, not by the documents linked. */
class MemoryActorsTest {

    private static CorpusInput mentioning(String id, String published, String... names) {
        List<ActorLinking.Named> entities = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            entities.add(new ActorLinking.Named("e" + (i + 1), EntityType.GPE, names[i], List.of(), null));
        }
        return new CorpusInput(id, published, entities, List.of(), new long[0]);
    }

    @Test
    void aVersionNoActorHoldsAnyMoreIsDropped() {
        CorpusLinker linker = new CorpusLinker();
        for (int day = 0; day < 120; day++) {
            String date = LocalDate.of(2024, 1, 1).plusDays(day).toString();
            linker.link(mentioning("n" + day, date, "Norland"), null);
        }
        assertThat(linker.versionsKept()).isEqualTo(ActorDirectory.RECENT_VERSIONS);
    }

    @Test
    void aVersionIsKeptWhileAnyOfItsActorsHoldsIt() {
        CorpusLinker linker = new CorpusLinker();
        linker.link(mentioning("first", "2024-01-01", "Norland", "Sudland"), null);
        for (int day = 1; day <= 60; day++) {
            linker.link(mentioning("n" + day, LocalDate.of(2024, 1, 1).plusDays(day).toString(), "Norland"), null);
        }
        // Norland holds its 50 newest; Sudland still holds "first".
        assertThat(linker.versionsKept()).isEqualTo(ActorDirectory.RECENT_VERSIONS + 1);
        linker.link(mentioning("none", "2024-06-01"), null);
        assertThat(linker.versionsKept()).isEqualTo(ActorDirectory.RECENT_VERSIONS + 1);
    }
}
