package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code newsgraph stories}, {@code story} and {@code conflicts} on a hand-built store. */
class StoriesCommandTest {

    @TempDir
    Path dir;

    private String db;

    /** The conflicts of the three reports, newest first: two denials (one per report), then the death tolls. */
    private static final String CONFLICTS = """
            KIND      STORY  DETAIL                                                           FIRST                                                                             SECOND
            denial        1  denied by The mayor's office; asserted by the regional governor  courier: The flood in Tarn killed 11 people (the regional governor)               denial: a dam failure caused the flood in Tarn on Friday (The mayor's office)
            denial        1  denied by The mayor's office; asserted by police                 gazette: A flood in the valley town of Tarn on Friday killed 8 people (police)    denial: a dam failure caused the flood in Tarn on Friday (The mayor's office)
            quantity      1  people (flood): 8 people vs 11 people                            gazette: A flood in the valley town of Tarn on Friday killed 8 people, police s…  courier: The flood in Tarn killed 11 people, the regional governor said. (the r…
            """;

    @BeforeEach
    void storeThreeReports() {
        db = dir.resolve("db").toString();
        StoryQuestions.storeAll(db);
    }

    @Test
    void listsStoriesWithTheirSourceCounts() {
        Result result = ActorQuestions.run("stories", "--db", db);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("""
                STORY  TYPE    FIRST       LAST        SOURCES  ARTICLES  OUTLETS  EVENTS  LABEL
                    1  COERCE  2025-05-09  2025-05-10        3         3        3       3  Tarn; 2025-05-09 to 2025-05-10: A flood in the valley town of Tarn on Friday ki…
                """);
    }

    @Test
    void filtersAndJson() throws Exception {
        Result tarn = ActorQuestions.run("stories", "--db", db, "--actor", "Tarn", "--since", "2025-05",
                "--format", "json");
        Result none = ActorQuestions.run("stories", "--db", db, "--type", "protest");
        Result later = ActorQuestions.run("stories", "--db", db, "--since", "2025-06");

        JsonNode stories = new ObjectMapper().readTree(tarn.out());
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("independentSources").asInt()).isEqualTo(3);
        assertThat(none.out()).isEqualTo("STORY  TYPE  FIRST  LAST  SOURCES  ARTICLES  OUTLETS  EVENTS  LABEL\n");
        assertThat(later.out()).isEqualTo(none.out());
    }

    @Test
    void showsOneStory() {
        Result result = ActorQuestions.run("story", "--db", db, "1");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("""
                Story 1: Tarn; 2025-05-09 to 2025-05-10: A flood in the valley town of Tarn on Friday killed 8 people, police said.
                COERCE, 2025-05-09 to 2025-05-10: 3 events, 3 articles from 3 independent sources (3 outlets)

                Articles
                PUBLISHED   ARTICLE  OUTLET           COPY OF  TITLE
                2025-05-09  gazette  Valley Gazette            Flood kills 8
                2025-05-10  courier  Evening Courier           Tarn toll rises
                2025-05-10  denial   Tarn Radio                No dam failed

                Events
                DAY         ARTICLE  STATUS    TRIGGER  SENTENCE
                2025-05-09  gazette  occurred  flood    A flood in the valley town of Tarn on Friday killed 8 people, police said.
                2025-05-10  courier  occurred  flood    The flood in Tarn killed 11 people, the regional governor said.
                2025-05-09  denial   denied    flood    The mayor's office denied that a dam failure caused the flood in Tarn on Friday.

                Conflicts
                """ + CONFLICTS);
    }

    @Test
    void anUnknownStoryOrABadKindIsRefused() {
        Result missing = ActorQuestions.run("story", "--db", db, "7");
        Result badKind = ActorQuestions.run("conflicts", "--db", db, "--kind", "rumour");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("no story 7\n");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("--kind must be quantity or denial: rumour");
    }

    @Test
    void listsConflictsAndRepeatedClaims() {
        Result conflicts = ActorQuestions.run("conflicts", "--db", db);
        Result quantities = ActorQuestions.run("conflicts", "--db", db, "--kind", "quantity", "--story", "1");
        Result claims = ActorQuestions.run("conflicts", "--db", db, "--claims");

        assertThat(conflicts.exitCode()).isEqualTo(0);
        assertThat(conflicts.out()).isEqualTo(CONFLICTS);
        assertThat(quantities.out().lines()).hasSize(2).last().asString()
                .startsWith("quantity      1  people (flood): 8 people vs 11 people  gazette: A flood in");
        assertThat(claims.out()).isEqualTo("ARTICLES  SOURCE  FIRST  PUBLISHED  CLAIM\n");
    }
}
