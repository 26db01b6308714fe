package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;
import org.newsgraph.model.MentionKind;

class DocumentReaderTest {

    @Test
    void everyRecordOfAFullDocumentComesBack() {
        Doc doc = SampleDocs.full();

        Doc read = DocumentReader.read(DocumentJson.toJson(doc).toString());

        assertThat(read.article()).isEqualTo(doc.article());
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.entities()).isEqualTo(doc.entities());
        assertThat(read.attributions()).isEqualTo(doc.attributions());
        assertThat(read.events()).isEqualTo(doc.events());
        assertThat(read.quantities()).isEqualTo(doc.quantities());
        assertThat(read.timexes()).isEqualTo(doc.timexes());
        assertThat(read.facets()).containsExactlyInAnyOrder(Facet.LANGUAGE, Facet.ENTITIES, Facet.ROLES,
                Facet.TIMEXES, Facet.QUANTITIES, Facet.ATTRIBUTIONS, Facet.EVENTS);
    }

    @Test
    void whatTheJsonDoesNotHoldIsEmpty() {
        Doc read = DocumentReader.read(DocumentJson.toJson(SampleDocs.full()).toString());

        assertThat(read.tokens()).isEmpty();
        assertThat(read.sentences()).isEmpty();
        assertThat(read.namedMentions()).isEmpty();
        assertThat(read.rawTimexes()).isEmpty();
        assertThat(read.mentions()).isEmpty();
    }

    @Test
    void writingWhatWasReadGivesTheSameJson() {
        for (Doc doc : List.of(SampleDocs.full(), SampleDocs.empty())) {
            ObjectNode json = DocumentJson.toJson(doc);

            assertThat(DocumentJson.toJson(DocumentReader.fromJson(json))).isEqualTo(json);
        }
    }

    @Test
    void anEmptyDocumentHasNoLanguageFacet() {
        Doc read = DocumentReader.read(DocumentJson.toJson(SampleDocs.empty()).toString());

        assertThat(read.article()).isEqualTo(SampleDocs.empty().article());
        assertThat(read.language()).isNull();
        assertThat(read.facets()).containsExactlyInAnyOrder(Facet.ENTITIES, Facet.ROLES, Facet.TIMEXES,
                Facet.QUANTITIES, Facet.ATTRIBUTIONS, Facet.EVENTS);
    }

    @Test
    void optionalArraysAndUnknownPropertiesMayBeAbsentOrExtra() {
        Doc read = DocumentReader.read("""
                {"schema": "newsgraph/document@1", "id": "d1", "text": "Rain fell.", "entities": [],
                 "attributions": [], "events": [{"id": "v1", "type": "PROTEST", "trigger": {"start": 0, "end": 4,
                 "text": "Rain"}, "status": "occurred", "story": "s9"}]}""");

        assertThat(read.events()).hasSize(1);
        assertThat(read.events().get(0).actors()).isEmpty();
        assertThat(read.events().get(0).mode()).isNull();
        assertThat(read.quantities()).isEmpty();
        assertThat(read.has(Facet.QUANTITIES)).isFalse();
        assertThat(read.has(Facet.TIMEXES)).isFalse();
    }

    @Test
    void mentionKindsAreGuessedFromTheirWords() {
        assertThat(DocumentReader.kind("she")).isEqualTo(MentionKind.PRONOUN);
        assertThat(DocumentReader.kind("Their")).isEqualTo(MentionKind.PRONOUN);
        assertThat(DocumentReader.kind("President Ilse Varga")).isEqualTo(MentionKind.NAME);
        assertThat(DocumentReader.kind("US")).isEqualTo(MentionKind.NAME);
        assertThat(DocumentReader.kind("the Coastal Authority")).isEqualTo(MentionKind.NAME);
        assertThat(DocumentReader.kind("The minister")).isEqualTo(MentionKind.NOMINAL);
        assertThat(DocumentReader.kind("rescue workers")).isEqualTo(MentionKind.NOMINAL);
    }

    @Test
    void textThatIsNoDocumentIsRejectedWithTheReason() {
        assertThatThrownBy(() -> DocumentReader.read("{\"schema\": "))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("not a newsgraph/document@1 document: not JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> DocumentReader.read("[1, 2]"))
                .hasMessage("not a newsgraph/document@1 document: the JSON is array, not an object");
        assertThatThrownBy(() -> DocumentReader.read("{\"id\": \"d1\", \"text\": \"\"}"))
                .hasMessage("not a newsgraph/document@1 document: $.schema is missing");
        assertThatThrownBy(() -> DocumentReader.read("{\"schema\": \"newsgraph/document@2\"}"))
                .hasMessage("not a newsgraph/document@1 document: $.schema is \"newsgraph/document@2\"");
    }

    @Test
    void aBadPropertyIsNamedByItsPath() {
        String head = "{\"schema\": \"newsgraph/document@1\", \"id\": \"d1\", \"text\": \"Rain fell.\", ";
        String event = "\"attributions\": [], \"entities\": [], \"events\": [{\"id\": \"v1\", \"type\": \"PROTEST\", ";

        assertThatThrownBy(() -> DocumentReader.read(head + "\"entities\": []}"))
                .isInstanceOf(DocumentFormatException.class).hasMessage("$.attributions: missing");
        assertThatThrownBy(() -> DocumentReader.read(head + event
                + "\"trigger\": {\"start\": 0, \"end\": 4, \"text\": \"Snow\"}, \"status\": \"occurred\"}]}"))
                .hasMessage("$.events[0].trigger: 'Snow' is not the text at [0, 4)");
        assertThatThrownBy(() -> DocumentReader.read(head + event
                + "\"trigger\": {\"start\": 5, \"end\": 40, \"text\": \"fell.\"}, \"status\": \"occurred\"}]}"))
                .hasMessage("$.events[0].trigger: [5, 40) is outside the 10 characters of the text");
        assertThatThrownBy(() -> DocumentReader.read(head + event
                + "\"trigger\": {\"start\": 0, \"end\": 4, \"text\": \"Rain\"}, \"status\": \"done\"}]}"))
                .hasMessage("$.events[0].status: 'done' is not one of occurred, ongoing, planned, alleged, denied, "
                        + "hypothetical");
        assertThatThrownBy(() -> DocumentReader.read(head + event
                + "\"trigger\": {\"start\": \"0\", \"end\": 4, \"text\": \"Rain\"}}]}"))
                .hasMessage("$.events[0].trigger.start: not an integer: \"0\"");
        assertThatThrownBy(() -> DocumentReader.read(head + "\"attributions\": [], \"events\": [], "
                + "\"entities\": [{\"id\": \"e1\", \"type\": \"GPE\", \"name\": \"X\", \"mentions\": []}]}"))
                .hasMessage("$.entities[0]: entity e1 has no mention");
        assertThatThrownBy(() -> DocumentReader.read(head.replace("\"d1\"", "\" \"")
                + "\"attributions\": [], \"events\": [], \"entities\": []}"))
                .hasMessage("$: article id is blank");
    }
}
