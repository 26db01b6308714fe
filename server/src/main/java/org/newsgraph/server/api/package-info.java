/**
 * The REST API under {@code /api}: JSON answers to the store's questions, {@code POST /api/analyze},
 * and the OpenAPI 3 description at {@code /openapi.json} (a resource kept in step with the routes).
 */
@NullMarked
package org.newsgraph.server.api;

import org.jspecify.annotations.NullMarked;
