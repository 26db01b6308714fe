package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * The events of ../shared/data/articles/kim-jong-un-arrives-in-russia.expected.md ("## Events"): type,
 * actors, time and status of each, on the project's example article published 2023-09-12.
 */
class EventExampleTest {

    private static Doc doc;

    @BeforeAll
    static void analyse() throws IOException {
        String text = Files.readString(Path.of("../examples/kim-jong-un-arrives-in-russia.txt"));
        doc = SharedEvents.analyze(text, "2023-09-12");
    }

    private static Event event(String trigger, int occurrence) {
        return doc.events().stream().filter(e -> e.trigger().text().equals(trigger)).skip(occurrence).findFirst()
                .orElseThrow(() -> new AssertionError("no event \"" + trigger + "\" in " + doc.events()));
    }

    private static String rendered(String trigger, int occurrence) {
        return SharedEvents.render(doc, event(trigger, occurrence));
    }

    @Test
    void kimArrivesInRussiaAndBoardedHisTrainToRussiaOnSunday() {
        assertThat(rendered("arrived", 0))
                .isEqualTo("CONSULT/visit 042 \"arrived\": Kim Jong Un [PRK] -> Russia [RUS] @Russia occurred");
        assertThat(rendered("boarded", 0)).startsWith(
                "CONSULT/visit 042 \"boarded\": Kim Jong Un [PRK] -> Russia [RUS] @Russia #2023-09-10 occurred");
    }

    @Test
    void kimActsForNorthKoreaAndPutinForRussia() {
        EventActor kim = event("arrived", 0).actors().get(0);
        assertThat(doc.findEntity(kim.affiliation()).orElseThrow().name()).isEqualTo("North Korea");
        EventActor putin = event("meeting", 0).actors().stream().filter(a -> a.role() == ActorRole.TARGET)
                .findFirst().orElseThrow();
        assertThat(doc.findEntity(putin.affiliation()).orElseThrow().name()).isEqualTo("Russia");
        assertThat(putin.country()).isEqualTo("RUS");
    }

    @Test
    void theTwoLeadersWillMeetLaterThisWeekAccordingToPeskov() {
        Event meet = event("meet", 0);
        assertThat(SharedEvents.render(doc, meet)).startsWith("CONSULT/meeting 040 \"meet\": Kim Jong Un [PRK]; "
                + "Vladimir Putin [RUS] -> ? #2023-W37 planned");
        Attribution peskov = doc.attributions().stream().filter(a -> a.id().equals(meet.attribution())).findFirst()
                .orElseThrow();
        assertThat(doc.findEntity(peskov.source().entity()).orElseThrow().name()).isEqualTo("Dmitry Peskov");
        assertThat(meet.location()).isNull();
    }

    @Test
    void theAllegedWeaponryMeetingWithPutinIsAlleged() {
        assertThat(rendered("meeting", 0)).isEqualTo(
                "CONSULT/meeting 040 \"meeting\": Kim Jong Un [PRK] -> Vladimir Putin [RUS] alleged");
    }

    @Test
    void theUsWarnsNorthKorea() {
        assertThat(rendered("warned", 0)).isEqualTo("THREATEN 130 \"warned\": US [USA] -> North Korea [PRK] occurred");
    }

    @Test
    void russiaAndNorthKoreaAreAllegedToSeekAidFromEachOther() {
        assertThat(rendered("seek", 0)).startsWith(
                "REQUEST/assist 1032 \"seek\": Russia [RUS] -> North Korea [PRK] alleged");
        assertThat(rendered("seek", 1)).startsWith("REQUEST/assist 101 \"seek\": North Korea [PRK] -> ? alleged");
    }

    @Test
    void theUsEuropeAndAlliesDeprivedRussiaOfAid() {
        assertThat(rendered("deprived", 0)).isEqualTo("SANCTION/discontinue 162 \"deprived\": US [USA]; Europe; "
                + "several other allies of Ukraine -> Russia [RUS] occurred");
        assertThat(doc.events()).noneMatch(e -> e.trigger().text().equals("aid"));
    }

    @Test
    void russiasInvasionOfUkraineOccurred() {
        assertThat(rendered("invasion", 0)).startsWith("ASSAULT 190 \"invasion\": ? -> Ukraine [UKR] occurred");
    }

    @Test
    void millerCharacterisesTheTripAsBegging() {
        Event accuse = event("characterise", 0);
        assertThat(SharedEvents.render(doc, accuse)).startsWith(
                "ACCUSE/disapprove 111 \"characterise\": Mathew Miller [USA] -> Kim Jong Un [PRK] occurred");
        EventActor miller = accuse.actors().get(0);
        assertThat(doc.findEntity(miller.affiliation()).orElseThrow().name()).isEqualTo("US Department of States");
    }

    @Test
    void inMillersQuoteTheMeetingAndTheRequestAreAimsOfTheTripAndPlanned() {
        assertThat(rendered("meet", 1)).isEqualTo("CONSULT/meeting 040 \"meet\": ? -> ? planned (a8)");
        assertThat(rendered("ask", 0)).isEqualTo("REQUEST/assist 103 \"ask\": ? -> ? planned (a8)");
    }

    @Test
    void theMeetAndTheWarningReferBackAndAreNotCountedTwice() {
        assertThat(doc.events()).noneMatch(e -> e.trigger().text().equals("warning"));
        int nounMeet = doc.text().indexOf("location of the meet") + "location of the ".length();
        assertThat(doc.events()).noneMatch(e -> e.trigger().start() == nounMeet);
        assertThat(doc.events()).extracting(e -> e.id())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, doc.events().size())
                        .mapToObj(i -> "v" + i).toList());
    }
}
