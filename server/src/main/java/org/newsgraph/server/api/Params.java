package org.newsgraph.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;

/**
 * Reads request parameters, answering 400 (a {@link BadRequestResponse} naming the parameter) for
 * values that cannot be used. Blank values count as absent.
 */
public final class Params {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    private Params() {
    }

    /** The query parameter, stripped; null if absent or blank. */
    public static @Nullable String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code limit}: 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. */
    public static int limit(Context ctx) {
        int limit = integer(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestResponse("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
        return limit;
    }

    /** {@code offset}: not negative, default 0. */
    public static int offset(Context ctx) {
        int offset = integer(ctx, "offset", 0);
        if (offset < 0) {
            throw new BadRequestResponse("offset must not be negative: " + offset);
        }
        return offset;
    }

    /** {@code type}: an entity type in any case, or null. */
    public static @Nullable EntityType entityType(Context ctx) {
        String value = optional(ctx, "type");
        if (value == null) {
            return null;
        }
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("type must be one of "
                    + Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ": " + value);
        }
    }

    /** A numeric id from the path. */
    public static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Long.parseLong(value.startsWith("#") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number: " + value);
        }
    }

    /** A numeric id from the query, or null if absent. */
    public static @Nullable Long optionalId(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.startsWith("#") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number: " + value);
        }
    }

    private static int integer(Context ctx, String name, int otherwise) {
        String value = optional(ctx, name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number: " + value);
        }
    }
}
