package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code export --format polecat}: POLECAT's header and one row per stored event, with exact values. */
class ExportPolecatTest extends TwoStoredArticles {

    /** The header row of POLECAT's files, as github.com/shenyangHuang/TGB quotes it, then newsgraph's three. */
    static final String HEADER = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\t"
            + "Actor Name\tActor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\t"
            + "Wikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\t"
            + "Recipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\t"
            + "District\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\t"
            + "Publication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion\t"
            + "Story ID\tAttribution Source\tAttribution Certainty";

    @Test
    void theHeaderIsPolecatsColumnsThenStoryAndAttribution() {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "polecat");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out().lines().findFirst()).contains(HEADER);
        assertThat(HEADER.split("\t", -1)).hasSize(43);
    }

    @Test
    void eachEventIsARowWithWhatNewsgraphKnows() {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "polecat");

        assertThat(result.out()).isEqualTo(HEADER + "\n" + meeting() + attack() + visit());
    }

    @Test
    void actorAndTypeFilterTheEvents() {
        Result kim = ActorQuestions.run("export", "--db", db, "--format", "polecat", "--actor", "Kim Jong Un");
        Result assault = ActorQuestions.run("export", "--db", db, "--format", "polecat", "--type", "assault");
        Result late = ActorQuestions.run("export", "--db", db, "--format", "polecat", "--from", "2023-09-15");
        Result quotes = ActorQuestions.run("export", "--db", db, "--format", "polecat", "--type", "quotes");

        assertThat(kim.out()).isEqualTo(HEADER + "\n" + meeting());
        assertThat(assault.out()).isEqualTo(HEADER + "\n" + attack());
        assertThat(late.out()).isEqualTo(HEADER + "\n" + visit());
        assertThat(quotes.exitCode()).isEqualTo(2);
        assertThat(quotes.err()).contains("--type of --format polecat is a PLOVER type such as CONSULT, not 'quotes'");
    }

    private String meeting() {
        return row(Map.ofEntries(Map.entry("Event ID", "w1#v1"), Map.entry("Event Date", "2023-09-12"),
                Map.entry("Event Type", "CONSULT"), Map.entry("Event Mode", "meet"),
                Map.entry("Quad Code", "VERBAL COOPERATION"), Map.entry("Actor Name", "Kim Jong Un"),
                Map.entry("Actor Country", "PRK"), Map.entry("Actor Name Raw", "Kim Jong Un"),
                Map.entry("Recipient Name", "Vladimir Putin"), Map.entry("Recipient Country", "RUS"),
                Map.entry("Recipient Name Raw", "Vladimir Putin"), Map.entry("Placename", "Vladivostok"),
                Map.entry("Raw Placename", "Vladivostok"), Map.entry("Source", "Test Wire"),
                Map.entry("Publication Date", "2023-09-12"), Map.entry("Story People", "Kim Jong Un; Vladimir Putin"),
                Map.entry("Story Locations", "Vladivostok; Russia; Ukraine"), Map.entry("Language", "en"),
                Map.entry("Story ID", EventQuestions.storyId(db, "w1", "v1"))));
    }

    private String attack() {
        return row(Map.ofEntries(Map.entry("Event ID", "w1#v2"), Map.entry("Event Date", "2023-09-11"),
                Map.entry("Event Type", "ASSAULT"), Map.entry("Quad Code", "MATERIAL CONFLICT"),
                Map.entry("Actor Name", "Russia"), Map.entry("Actor Country", "RUS"),
                Map.entry("Actor Name Raw", "Russia"), Map.entry("Recipient Name", "Ukraine"),
                Map.entry("Recipient Country", "UKR"), Map.entry("Recipient Name Raw", "Ukraine"),
                Map.entry("Source", "Test Wire"), Map.entry("Publication Date", "2023-09-12"),
                Map.entry("Story People", "Kim Jong Un; Vladimir Putin"),
                Map.entry("Story Locations", "Vladivostok; Russia; Ukraine"), Map.entry("Language", "en"),
                Map.entry("Story ID", EventQuestions.storyId(db, "w1", "v2")), Map.entry("Attribution Source", "Officials"),
                Map.entry("Attribution Certainty", "asserted")));
    }

    /** A planned visit: its date is the publication day (its time, "next year", is no calendar date). */
    private String visit() {
        return row(Map.ofEntries(Map.entry("Event ID", "w2#v1"), Map.entry("Event Date", "2023-09-20"),
                Map.entry("Event Type", "CONSULT"), Map.entry("Event Mode", "visit"),
                Map.entry("Quad Code", "VERBAL COOPERATION"), Map.entry("Actor Name", "Vladimir Putin"),
                Map.entry("Actor Name Raw", "Vladimir Putin"), Map.entry("Recipient Name", "Pyongyang"),
                Map.entry("Recipient Name Raw", "Pyongyang"), Map.entry("Source", "Other Wire"),
                Map.entry("Publication Date", "2023-09-20"), Map.entry("Story People", "Vladimir Putin"),
                Map.entry("Language", "en"), Map.entry("Story ID", EventQuestions.storyId(db, "w2", "v1"))));
    }

    /** A line of the table: the values named, every other column empty. */
    private static String row(Map<String, String> values) {
        Map<String, String> unknown = new LinkedHashMap<>(values);
        List<String> fields = new ArrayList<>();
        for (String column : HEADER.split("\t")) {
            fields.add(values.getOrDefault(column, ""));
            unknown.remove(column);
        }
        assertThat(unknown).isEmpty();
        return String.join("\t", fields) + "\n";
    }

}
