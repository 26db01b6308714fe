package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Measure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/** Any document written as JSON reads back with the same records and writes the same JSON again. */
class DocumentReaderPropertyTest {

    record Sample(String text, List<Span> spans, List<Double> values) {
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<Double> values = Arbitraries.oneOf(Arbitraries.integers().between(-1_000_000, 1_000_000)
                .map(Integer::doubleValue), Arbitraries.doubles().between(-1e12, 1e12));
        return RandomTexts.texts().flatMap(text -> Combinators.combine(RandomTexts.spans(text, 1, 6),
                values.list().ofSize(6)).as((spans, numbers) -> new Sample(text, spans, numbers)));
    }

    @Property(tries = 300)
    void recordsAndJsonSurviveARoundTrip(@ForAll("samples") Sample sample) {
        Doc doc = doc(sample);
        ObjectNode json = DocumentJson.toJson(doc);

        Doc read = DocumentReader.read(json.toString());

        assertThat(DocumentJson.toJson(read)).isEqualTo(json);
        assertThat(read.article()).isEqualTo(doc.article());
        assertThat(read.attributions()).isEqualTo(doc.attributions());
        assertThat(read.events()).isEqualTo(doc.events());
        assertThat(read.quantities()).isEqualTo(doc.quantities());
        assertThat(read.timexes()).isEqualTo(doc.timexes());
        assertThat(read.entities()).isEqualTo(doc.entities());
    }

    private static Doc doc(Sample sample) {
        List<Entity> entities = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        EventStatus[] statuses = EventStatus.values();
        for (int i = 0; i < sample.spans().size(); i++) {
            Span span = sample.spans().get(i);
            double value = sample.values().get(i);
            Timex timex = new Timex(span, "DATE", span.text());
            EntityType type = EntityType.values()[i % EntityType.values().length];
            entities.add(new Entity("e" + i, type, span.text(),
                    List.of(new Mention(span, 0, 1, 0, type, DocumentReader.kind(span.text()))),
                    List.of(new Role("title " + i, i == 0 ? null : "e0", span))));
            attributions.add(new Attribution("a" + i, AttributionKind.values()[i % 3], span, i % 2 == 0 ? null : span,
                    i % 3 == 0 ? null : new Source(span, "e" + i, SourceKind.values()[i % SourceKind.values().length]),
                    Certainty.values()[i % Certainty.values().length],
                    List.of(new Source(null, null, SourceKind.UNKNOWN))));
            events.add(new Event("v" + i, "CONSULT", i % 2 == 0 ? "visit" : null, "042", span,
                    List.of(new EventActor(ActorRole.values()[i % 3], i % 2 == 0 ? "e" + i : null, span, "e0", "RUS")),
                    "e0", i % 2 == 0 ? timex : null, statuses[i % statuses.length], "a" + i));
            quantities.add(new Quantity(span, QuantityKind.values()[i % 4], value, i % 2 == 0 ? null : "km",
                    i % 2 == 0 ? null : new Measure(value * 1000, "m"), span.text(), i % 2 == 1));
            timexes.add(timex);
        }
        String url = "https://x.test/" + sample.spans().size();
        return Doc.of(new Article("doc", sample.text(), sample.text(), "2024-01-02", url, null))
                .withLanguage("xx").withEntities(entities).withAttributions(attributions).withEvents(events)
                .withQuantities(quantities).withTimexes(timexes);
    }
}
