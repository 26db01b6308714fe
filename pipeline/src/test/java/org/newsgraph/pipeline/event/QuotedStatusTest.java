package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;

/**
 * Wishes, plans, questions and hypotheticals inside quotations and reported speech are not
 * {@code occurred}: sentences written for this test, published on 2023-09-12.
 */
class QuotedStatusTest {

    private static EventStatus status(String text, String trigger) {
        Doc doc = SharedEvents.analyze(text, "2023-09-12");
        return doc.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .map(Event::status).orElseThrow(() -> new AssertionError("no event \"" + trigger + "\" in "
                        + doc.events().stream().map(e -> SharedEvents.render(doc, e)).toList()));
    }

    @Test
    void anInfinitiveAfterWantOrHopeIsPlanned() {
        assertThat(status("\"We want to meet the rebel leaders next week,\" the minister said.", "meet"))
                .isEqualTo(EventStatus.PLANNED);
        assertThat(status("The minister said Ghana hopes to sign a trade agreement with Togo.", "agreement"))
                .isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void anInfinitiveOfPurposeIsPlannedAndItsClauseKeepsItsTense() {
        String text = "\"The foreign minister flew to Doha to hold talks with Hamas,\" his spokesman said.";
        assertThat(status(text, "talks")).isEqualTo(EventStatus.PLANNED);
        assertThat(status(text, "flew")).isEqualTo(EventStatus.OCCURRED);
        assertThat(status("The president travelled to Beijing in order to ask for military aid, an aide said.",
                "ask")).isEqualTo(EventStatus.PLANNED);
        assertThat(status("\"The rebels managed to attack the airport,\" the army said.", "attack"))
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aYesNoQuestionIsHypotheticalAndAWhQuestionTakesItsEventAsGiven() {
        assertThat(status("\"Will they attack the city?\" a resident asked.", "attack"))
                .isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(status("\"Did the rebels release the hostages?\" reporters asked.", "release"))
                .isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(status("\"Who attacked the convoy?\" the governor asked.", "attacked"))
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aConditionalClauseIsHypotheticalAndAModalToo() {
        String text = "\"If they attack us, we will fight back,\" the commander said.";
        assertThat(status(text, "attack")).isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(status("\"The army could arrest them at any moment,\" she said.", "arrest"))
                .isEqualTo(EventStatus.HYPOTHETICAL);
    }
}
