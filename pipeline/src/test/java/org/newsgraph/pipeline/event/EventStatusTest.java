package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;

/** Status from tense, modals, negation, conditionals, governing verbs and attributions (published 2023-09-12). */
class EventStatusTest {

    private static EventStatus status(String text, String trigger) {
        Doc doc = SharedEvents.analyze(text, "2023-09-12");
        return doc.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .map(Event::status).orElseThrow(() -> new AssertionError("no event \"" + trigger + "\" in " + text));
    }

    @Test
    void willAndAFutureDateArePlanned() {
        assertThat(SharedEvents.events("Russia will attack Ukraine next week.")).containsExactly(
                "ASSAULT 190 \"attack\": Russia [RUS] -> Ukraine [UKR] #2023-W38 planned");
        assertThat(status("Protesters plan to march on parliament on Friday.", "march")).isEqualTo(EventStatus.PLANNED);
        assertThat(status("Hamas said it would release the hostages.", "release")).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void thePresentProgressiveIsOngoing() {
        assertThat(status("Israeli forces are attacking the city.", "attacking")).isEqualTo(EventStatus.ONGOING);
    }

    @Test
    void conditionalsAndModalsAreHypothetical() {
        assertThat(status("If Iran attacks Israel, the United States will respond.", "attacks"))
                .isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(status("Police could arrest the organisers.", "arrest")).isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void mayHaveIsAlleged() {
        assertThat(status("Ukraine may have attacked the bridge.", "attacked")).isEqualTo(EventStatus.ALLEGED);
    }

    @Test
    void aNegatedEventIsDenied() {
        assertThat(SharedEvents.events("The army did not attack the village.")).containsExactly(
                "ASSAULT 190 \"attack\": The army -> the village denied");
    }

    @Test
    void anEventInsideADenialIsDeniedAndPointsToIt() {
        Doc doc = SharedEvents.analyze("Officials in Moscow denied that Russian troops had shelled the hospital.",
                "2023-09-12");
        Event shelled = doc.events().get(1);
        assertThat(SharedEvents.render(doc, shelled)).isEqualTo(
                "ASSAULT/heavy-weapons 194 \"shelled\": Russian troops [RUS] -> hospital denied (a1)");
        Attribution denial = doc.attributions().get(0);
        assertThat(denial.certainty()).isEqualTo(Certainty.DENIED);
        assertThat(denial.content().contains(shelled.trigger())).isTrue();
    }

    @Test
    void anEventInsideAnAllegationOrAHedgeIsAlleged() {
        assertThat(SharedEvents.events("Russia is alleged to have bombed the dam.")).containsExactly(
                "ASSAULT/explosives 183 \"bombed\": Russia [RUS] -> dam alleged (a1)");
        assertThat(status("Police reportedly arrested the opposition leader.", "arrested")).isEqualTo(EventStatus.ALLEGED);
    }

    @Test
    void aReportedEventKeepsTheStatusOfItsTense() {
        assertThat(SharedEvents.events("Witnesses said soldiers opened fire on the crowd.")).containsExactly(
                "ASSAULT/firearms 193 \"opened\": soldiers -> the crowd occurred (a1)");
    }

    @Test
    void whatIsRefusedIsNoEventOfItsOwn() {
        assertThat(SharedEvents.events("The rebels refused to withdraw from the town.")).isEqualTo(List.of(
                "REJECT/yield 124 \"refused\": The rebels -> ? occurred"));
    }

    @Test
    void aGoverningVerbSetsTheStatusOfTheEventNounItHopesForOrWeighs() {
        assertThat(status("The government hopes for talks with the rebels.", "talks")).isEqualTo(EventStatus.PLANNED);
        assertThat(status("The opposition considered a boycott of the election.", "boycott"))
                .isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void aVerbThatCarriesOrCharacterisesItsEventNounDoesNotGovernIt() {
        assertThat(status("Workers went on strike at the port.", "strike")).isEqualTo(EventStatus.OCCURRED);
        assertThat(status("The president called the attack an act of terror.", "attack"))
                .isEqualTo(EventStatus.OCCURRED);
        assertThat(status("The government considered the invasion an act of war.", "invasion"))
                .isEqualTo(EventStatus.OCCURRED);
    }
}
