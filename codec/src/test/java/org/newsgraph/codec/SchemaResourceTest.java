package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaResourceTest {

    /** The shared contract, relative to the module directory Maven runs tests in. */
    private static final Path SHARED = Path.of("..", "..", "shared", "schema", "document.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The optional entity fields newsgraph adds to the shared contract, documented in its bundled copy. */
    private static final List<String> ADDED_ENTITY_FIELDS = List.of("link", "actor_link");

    @Test
    void bundledSchemaIsTheSharedContractPlusTheDocumentedEntityFields() throws Exception {
        assumeTrue(Files.isRegularFile(SHARED), "no shared schema at " + SHARED.toAbsolutePath());
        JsonNode bundled = bundled();
        ObjectNode entityFields = (ObjectNode) bundled.at("/properties/entities/items/properties");
        for (String field : ADDED_ENTITY_FIELDS) {
            assertThat(entityFields.has(field)).as(field).isTrue();
            assertThat(entityFields.get(field).path("description").asText()).startsWith("newsgraph addition");
            entityFields.remove(field);
        }
        assertThat(bundled).isEqualTo(JSON.readTree(Files.readString(SHARED)));
    }

    @Test
    void addedFieldsAreOptional() throws Exception {
        JsonNode required = bundled().at("/properties/entities/items/required");
        List<String> names = new ArrayList<>();
        required.forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactly("id", "type", "name", "mentions").doesNotContainAnyElementsOf(ADDED_ENTITY_FIELDS);
    }

    private static JsonNode bundled() throws Exception {
        try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
            return JSON.readTree(in);
        }
    }
}
