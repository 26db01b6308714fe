package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

class DocumentJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void fullDocumentIsValidAgainstTheSchema() {
        JsonNode doc = DocumentJson.toJson(SampleDocs.full());

        assertThat(Schemas.violations(doc)).isEmpty();
    }

    @Test
    void everySpanTextIsTheTextBetweenItsOffsets() {
        JsonNode doc = DocumentJson.toJson(SampleDocs.full());

        assertThat(Schemas.badSpans(doc)).isEmpty();
        assertThat(Schemas.spanCount(doc)).isEqualTo(19);
    }

    @Test
    void emptyDocumentIsValidWithEmptyListsAndNulls() throws Exception {
        JsonNode doc = DocumentJson.toJson(SampleDocs.empty());

        assertThat(Schemas.violations(doc)).isEmpty();
        assertThat(doc).isEqualTo(json("""
                {"schema":"newsgraph/document@1","id":"blank-1","url":null,"source":null,"title":null,
                 "published":null,"language":null,"text":"Nothing to see.","entities":[],"attributions":[],
                 "events":[],"quantities":[],"timexes":[]}"""));
    }

    @Test
    void headerCarriesTheArticleMetadata() {
        JsonNode doc = DocumentJson.toJson(SampleDocs.full());

        assertThat(doc.get("schema").textValue()).isEqualTo("newsgraph/document@1");
        assertThat(doc.get("id").textValue()).isEqualTo("ferry-1");
        assertThat(doc.get("url").textValue()).isEqualTo("https://example.org/ferry");
        assertThat(doc.get("source").textValue()).isEqualTo("Example Wire");
        assertThat(doc.get("title").textValue()).isEqualTo("Norland sends help");
        assertThat(doc.get("published").textValue()).isEqualTo("2024-03-05");
        assertThat(doc.get("language").textValue()).isEqualTo("en");
        assertThat(doc.get("text").textValue()).isEqualTo(SampleDocs.TEXT);
    }

    @Test
    void entityHasTypeNameMentionsAndRoles() throws Exception {
        JsonNode berg = DocumentJson.toJson(SampleDocs.full()).get("entities").get(1);

        assertThat(berg).isEqualTo(json("""
                {"id":"e2","type":"PERSON","name":"Anna Berg",
                 "mentions":[{"start":27,"end":36,"text":"Anna Berg"},{"start":58,"end":60,"text":"we"}],
                 "roles":[{"title":"Foreign Minister","of":"e1",
                           "evidence":{"start":0,"end":26,"text":"Norland's Foreign Minister"}}]}"""));
    }

    @Test
    void attributionHasLowerCaseKindsAndChain() throws Exception {
        JsonNode attributions = DocumentJson.toJson(SampleDocs.full()).get("attributions");

        assertThat(attributions.get(0)).isEqualTo(json("""
                {"id":"a1","kind":"mixed","content":{"start":57,"end":87,"text":"\\"we will send help\\" to Estavia"},
                 "cue":{"start":37,"end":41,"text":"said"},
                 "source":{"span":{"start":27,"end":36,"text":"Anna Berg"},"entity":"e2","kind":"person"},
                 "certainty":"reported","chain":[]}"""));
        assertThat(attributions.get(1).get("source").get("entity").isNull()).isTrue();
        assertThat(attributions.get(1).get("chain")).isEqualTo(json("""
                [{"span":null,"entity":null,"kind":"anonymous"}]"""));
    }

    @Test
    void actorsCarryAffiliationAndCountry() throws Exception {
        Doc doc = SampleDocs.full();
        Event send = doc.events().get(0);
        EventActor berg = new EventActor(ActorRole.SOURCE, "e2", send.actors().get(0).span(), "e1", "NRL");
        Event withBerg = new Event(send.id(), send.type(), send.mode(), send.cameo(), send.trigger(), List.of(berg),
                send.location(), send.time(), send.status(), send.attribution());
        JsonNode actor = DocumentJson.toJson(doc.withEvents(List.of(withBerg))).get("events").get(0).get("actors").get(0);

        assertThat(actor.get("affiliation").asText()).isEqualTo("e1");
        assertThat(actor.get("country").asText()).isEqualTo("NRL");
    }

    @Test
    void eventHasActorsTimeStatusAndAttribution() throws Exception {
        JsonNode event = DocumentJson.toJson(SampleDocs.full()).get("events").get(0);

        assertThat(event).isEqualTo(json("""
                {"id":"v1","type":"AID","mode":"humanitarian","cameo":"073",
                 "trigger":{"start":66,"end":70,"text":"send"},
                 "actors":[{"role":"source","entity":"e1","span":{"start":58,"end":60,"text":"we"},
                            "affiliation":null,"country":null},
                           {"role":"target","entity":"e3","span":{"start":80,"end":87,"text":"Estavia"},
                            "affiliation":null,"country":null}],
                 "location":null,
                 "time":{"span":{"start":45,"end":51,"text":"Monday"},"type":"DATE","value":"2024-03-04"},
                 "status":"planned","attribution":"a1"}"""));
    }

    @Test
    void quantityWritesWholeNumbersWithoutFractionAndCarriesKind() throws Exception {
        JsonNode quantity = DocumentJson.toJson(SampleDocs.full()).get("quantities").get(0);

        assertThat(quantity.toString()).isEqualTo(json("""
                {"span":{"start":112,"end":120,"text":"20 knots"},"value":20,"unit":"kn",
                 "normalized":{"value":37.04,"unit":"km/h"},"about":"e4","kind":"measure","approximate":false}""").toString());
        assertThat(quantity.get("value").isIntegralNumber()).isTrue();
    }

    @Test
    void timexesComeFromResolvedTimexes() throws Exception {
        JsonNode timexes = DocumentJson.toJson(SampleDocs.full()).get("timexes");

        assertThat(timexes).isEqualTo(json("""
                [{"span":{"start":45,"end":51,"text":"Monday"},"type":"DATE","value":"2024-03-04"}]"""));
    }
}
