package org.newsgraph.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaResourceTest {

    /** The shared contract, relative to the module directory Maven runs tests in. */
    private static final Path SHARED = Path.of("..", "..", "shared", "schema", "document.schema.json");

    @Test
    void bundledSchemaEqualsTheSharedContract() throws Exception {
        assumeTrue(Files.isRegularFile(SHARED), "no shared schema at " + SHARED.toAbsolutePath());

        byte[] bundled;
        try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
            bundled = in.readAllBytes();
        }

        assertThat(new String(bundled, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(SHARED));
    }
}
