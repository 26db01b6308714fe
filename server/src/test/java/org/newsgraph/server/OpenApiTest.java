package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;
import org.newsgraph.server.analysis.OnDemandAnalysis;
import org.newsgraph.server.api.ApiRoutes;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.questions.Questions;

/** The OpenAPI description served at /openapi.json lists exactly the API's routes. */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRouteIsDescribedAndNothingElse(@TempDir Path directory) throws Exception {
        Set<String> routes = new TreeSet<>();
        try (ArticleStore store = Stores.open(directory.resolve("db").toString())) {
            ApiRoutes api = new ApiRoutes(new Questions(store), new OnDemandAnalysis(() -> Doc::of), JSON);
            api.routes().forEach(r -> routes.add(r.method().name() + " " + r.path()));
        }
        Set<String> described = new TreeSet<>();
        JsonNode description = JSON.readTree(ApiRoutes.class.getResourceAsStream(ApiRoutes.OPENAPI_RESOURCE));
        description.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> described.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(described).isEqualTo(routes);
        assertThat(routes).contains("GET /api/articles/{id}", "POST /api/analyze", "GET /openapi.json");
    }

    @Test
    void theDescriptionIsServedAsOpenApi3(@TempDir Path directory) throws Exception {
        try (TestServer server = new TestServer(directory, Doc::of)) {
            JsonNode description = JSON.readTree(server.get("/openapi.json").body());

            assertThat(description.path("openapi").asText()).startsWith("3.");
            assertThat(description.path("components").path("schemas").path("ApiError").path("required"))
                    .extracting(JsonNode::asText).containsExactly("status", "message");
        }
    }

    @Test
    void everySchemaReferenceResolves() throws Exception {
        JsonNode description = JSON.readTree(ApiRoutes.class.getResourceAsStream(ApiRoutes.OPENAPI_RESOURCE));
        Set<String> references = new TreeSet<>();
        collect(description, references);

        assertThat(references).isNotEmpty().allSatisfy(ref -> assertThat(
                description.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    private static void collect(JsonNode node, Set<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collect(child, references));
    }
}
