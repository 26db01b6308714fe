package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonArticleTest {

    @Test
    void jacksonsSourceMarkerAndConstraintGetterAreLeftOut() {
        assertThat(JsonArticle.readable("Unexpected end-of-input: expected close marker for Object (start marker at "
                + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Object");
        assertThat(JsonArticle.readable("Document nesting depth (1001) exceeds the maximum allowed (1000, from "
                + "`StreamReadConstraints.getMaxNestingDepth()`)"))
                .isEqualTo("Document nesting depth (1001) exceeds the maximum allowed (1000)");
        assertThat(JsonArticle.readable("Trailing token (of type VALUE_STRING) found after value (bound as "
                + "`com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"))
                .isEqualTo("Trailing token (of type VALUE_STRING) found after value");
        assertThat(JsonArticle.readable("Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) "
                + "is allowed between tokens (consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow use of "
                + "Record Separators (\\u001E))"))
                .isEqualTo("Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) is allowed between tokens");
        assertThat(JsonArticle.readable("x".repeat(300))).hasSize(140).endsWith("…");
        assertThat(JsonArticle.readable(null)).isEqualTo("syntax error");
    }

    @Test
    void deepNestingIsAShortMessage() {
        assertThatThrownBy(() -> JsonArticle.parse("[".repeat(5000), "a", null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void aBlankIdSaysSo() {
        assertThatThrownBy(() -> JsonArticle.parse("{\"id\": \"  \", \"text\": \"x\"}", "a", null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("\"id\" is blank");
    }
}
