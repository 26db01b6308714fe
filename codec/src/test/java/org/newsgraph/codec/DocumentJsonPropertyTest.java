package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

class DocumentJsonPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A random text with spans at code point boundaries (as tokens have), possibly empty. */
    record Sample(String text, List<Span> spans) {
    }

    @Provide
    Arbitrary<Sample> samples() {
        return RandomTexts.texts().flatMap(text -> RandomTexts.spans(text, 1, 8).map(spans -> new Sample(text, spans)));
    }

    @Property(tries = 300)
    void compactJsonOfRandomSpansIsOneValidLineAndRoundTrips(@ForAll("samples") Sample sample) throws Exception {
        String line = MAPPER.writeValueAsString(DocumentJson.toJson(doc(sample)));

        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        JsonNode parsed = MAPPER.readTree(line);
        assertThat(parsed.get("text").textValue()).isEqualTo(sample.text());
        assertThat(Schemas.violations(parsed)).isEmpty();
        assertThat(Schemas.badSpans(parsed)).isEmpty();
        assertThat(Schemas.spanCount(parsed)).isEqualTo(6 * sample.spans().size());
    }

    private static Doc doc(Sample sample) {
        List<Entity> entities = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (int i = 0; i < sample.spans().size(); i++) {
            Span span = sample.spans().get(i);
            Mention mention = new Mention(span, 0, 1, 0, EntityType.OTHER, MentionKind.NAME);
            entities.add(new Entity("e" + i, EntityType.OTHER, span.text(), List.of(mention), List.of()));
            attributions.add(new Attribution("a" + i, AttributionKind.DIRECT, span, span,
                    new Source(span, "e" + i, SourceKind.UNKNOWN), Certainty.ASSERTED, List.of()));
            quantities.add(new Quantity(span, QuantityKind.COUNT, i + 0.5, null, null, span.text(), false));
            timexes.add(new Timex(span, "DATE", span.text()));
        }
        return Doc.of(new Article("doc", sample.text(), sample.text(), null, null, null))
                .withEntities(entities).withAttributions(attributions).withQuantities(quantities).withTimexes(timexes);
    }
}
