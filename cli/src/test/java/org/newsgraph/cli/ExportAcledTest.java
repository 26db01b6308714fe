package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code export --format acled}: ACLED's header, then a row for each event ACLED codes, with exact values. */
class ExportAcledTest extends TwoStoredArticles {

    /**
     * ACLED's columns, in the order of its data export: the ACLED Codebook (2023) lists these 31
     * variables, and the CSV files its export tool writes carry them as the header row. Then newsgraph's three.
     */
    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp,story_id,attribution_source,attribution_certainty";

    @Test
    void onlyTheAttackIsAnAcledEventTheMeetingAndTheVisitAreCounted() {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "acled");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(HEADER + "\r\n" + row(Map.ofEntries(Map.entry("event_id_cnty", "w1#v2"),
                Map.entry("event_date", "2023-09-11"), Map.entry("year", "2023"), Map.entry("time_precision", "1"),
                Map.entry("disorder_type", "Political violence"), Map.entry("event_type", "Battles"),
                Map.entry("sub_event_type", "Armed clash"), Map.entry("actor1", "Russia"), Map.entry("actor2", "Ukraine"),
                Map.entry("source", "Test Wire"),
                Map.entry("notes", "Officials said Russia attacked Ukraine on Monday, \"again\"."),
                Map.entry("story_id", EventQuestions.storyId(db, "w1", "v2")),
                Map.entry("attribution_source", "Officials"), Map.entry("attribution_certainty", "asserted"))));
        assertThat(result.err()).contains("2 events left out: ACLED codes no event of their type, mode or status");
        assertThat(HEADER.split(",", -1)).hasSize(34);
    }

    @Test
    void theTypeFilterTakesPloverTypes() {
        Result consult = ActorQuestions.run("export", "--db", db, "--format", "acled", "--type", "consult");
        Result battles = ActorQuestions.run("export", "--db", db, "--format", "acled", "--type", "Battles");

        assertThat(consult.out()).isEqualTo(HEADER + "\r\n");
        assertThat(consult.err()).contains("2 events left out");
        assertThat(battles.exitCode()).isEqualTo(2);
        assertThat(battles.err()).contains("--type of --format acled is a PLOVER type such as CONSULT, not 'Battles'");
    }

    /** A CSV line of the table: the values named (quoted as RFC 4180 says), every other column empty. */
    private static String row(Map<String, String> values) {
        Map<String, String> unknown = new LinkedHashMap<>(values);
        List<String> fields = new ArrayList<>();
        for (String column : HEADER.split(",")) {
            String value = values.getOrDefault(column, "");
            fields.add(value.contains("\"") || value.contains(",") ? '"' + value.replace("\"", "\"\"") + '"' : value);
            unknown.remove(column);
        }
        assertThat(unknown).isEmpty();
        return String.join(",", fields) + "\r\n";
    }
}
