package org.newsgraph.server.api;

import java.util.Objects;

/**
 * The body of every error answer of the API.
 *
 * @param status  the HTTP status code, repeated for clients that only see the body
 * @param message what went wrong, in one line, for a person
 */
public record ApiError(int status, String message) {

    public ApiError {
        Objects.requireNonNull(message, "message");
    }
}
