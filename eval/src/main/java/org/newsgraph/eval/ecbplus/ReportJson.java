package org.newsgraph.eval.ecbplus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the ECB+ reports share to write JSON: the mapper and the rounding of ratios. Stateless. */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    /** An empty object to fill. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code root} on one line. */
    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** {@code x} rounded to 4 decimals, the precision the figures were printed with before. */
    static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
