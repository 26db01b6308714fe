package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.pipeline.RejectedInputException;

/** Whatever the news-like word salad, events are well formed and point at what exists. */
class EventProperties {

    @Property(tries = 20)
    void eventsAreOrderedNumberedAndPointAtExistingThings(@ForAll("salad") String text) {
        Doc doc;
        try {
            doc = SharedEvents.analyze(text, "2024-01-01");
        } catch (RejectedInputException refused) {
            // a salad without one English function word can pass for Dutch or Finnish: the gate's job, not the events'
            assertThat(refused.getMessage()).endsWith("newsgraph analyses English only");
            Assume.that(false);
            return;
        }
        int previous = -1;
        for (int i = 0; i < doc.events().size(); i++) {
            Event e = doc.events().get(i);
            assertThat(e.id()).isEqualTo("v" + (i + 1));
            assertThat(e.trigger().start()).isGreaterThan(previous);
            previous = e.trigger().start();
            assertThat(doc.text().substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
            assertThat(PloverType.valueOf(e.type())).isNotNull();
            for (EventActor a : e.actors()) {
                assertThat(doc.text().substring(a.span().start(), a.span().end())).isEqualTo(a.span().text());
                if (a.entity() != null) {
                    assertThat(doc.findEntity(a.entity())).isPresent();
                }
                if (a.country() != null) {
                    assertThat(a.country()).matches("[A-Z]{2,3}");
                }
            }
            if (e.location() != null) {
                assertThat(doc.findEntity(e.location())).isPresent();
            }
            if (e.attribution() != null) {
                assertThat(doc.attributions()).anyMatch(x -> x.id().equals(e.attribution()));
            }
        }
    }

    @Provide
    Arbitrary<String> salad() {
        Arbitrary<String> words = Arbitraries.of("Russia", "Ukraine", "police", "protesters", "attacked", "arrested",
                "will", "meet", "the", "talks", "in", "Kyiv", "on", "Monday", "not", "if", "said", "that", "“", "”",
                "sanctions", "against", "Iran", "his", "President", "Putin", "visit", "to", "Moscow", ",", ".",
                "alleged", "strike", "air", "agreed", "ceasefire", "troops", "deployed", "urged", "and", "with");
        return words.list().ofMinSize(3).ofMaxSize(30).map(list -> String.join(" ", list) + ".");
    }
}
