package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code newsgraph events} on a hand-built store. */
class EventsCommandTest extends TwoStoredArticles {

    @Test
    void listsEventsNewestFirst() {
        Result result = ActorQuestions.run("events", "--db", db);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("""
                DATE        TYPE     SOURCE          TRIGGER   TARGET          STATUS    ARTICLE
                2023-09-20  CONSULT  Vladimir Putin  visit     Pyongyang       planned   w2
                2023-09-12  CONSULT  Kim Jong Un     met       Vladimir Putin  occurred  w1
                2023-09-11  ASSAULT  Russia          attacked  Ukraine         alleged   w1
                """);
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        Result putin = ActorQuestions.run("events", "--db", db, "--actor", "Putin", "--type", "consult",
                "--from", "2023-09-15", "--format", "json");
        Result alleged = ActorQuestions.run("events", "--db", db, "--status", "alleged", "--to", "2023-09");

        JsonNode events = new ObjectMapper().readTree(putin.out());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("articleId").asText()).isEqualTo("w2");
        assertThat(events.get(0).get("targets").get(0).asText()).isEqualTo("Pyongyang");
        assertThat(alleged.out()).isEqualTo("""
                DATE        TYPE     SOURCE  TRIGGER   TARGET   STATUS   ARTICLE
                2023-09-11  ASSAULT  Russia  attacked  Ukraine  alleged  w1
                """);
    }

    @Test
    void anUnknownActorOrABadDateIsRefused() {
        Result nobody = ActorQuestions.run("events", "--db", db, "--actor", "Nobody");
        Result badDate = ActorQuestions.run("events", "--db", db, "--from", "12/09/2023");

        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).isEqualTo("no actor matches 'Nobody'\n");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from must be a date such as 2023, 2023-09 or 2023-09-12: 12/09/2023");
    }
}
