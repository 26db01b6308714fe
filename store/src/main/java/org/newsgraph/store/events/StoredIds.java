package org.newsgraph.store.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Event;

/**
 * The corpus-wide ids a stored {@code newsgraph/document@1} JSON carries ({@code entities[].actor},
 * {@code entities[].actor_link}, {@code events[].story}), which the document model does not hold: an
 * entity's actor id and its actor's Wikipedia page title, and an event's story id, by their
 * document-local ids. Immutable.
 *
 * @param actors     actor id by entity id, only the entities the store linked to an actor
 * @param stories    story id by event id, only the events the store put in a story
 * @param actorLinks the Wikipedia page title of the entity's actor by entity id, only actors that have one
 */
public record StoredIds(Map<String, String> actors, Map<String, String> stories, Map<String, String> actorLinks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredIds {
        actors = Map.copyOf(actors);
        stories = Map.copyOf(stories);
        actorLinks = Map.copyOf(actorLinks);
    }

    /** Actor and story ids, no actor linked to Wikipedia. */
    public StoredIds(Map<String, String> actors, Map<String, String> stories) {
        this(actors, stories, Map.of());
    }

    /** No ids: a document that was never stored. */
    public static StoredIds none() {
        return new StoredIds(Map.of(), Map.of());
    }

    /** The ids of a stored document's JSON; throws {@link IllegalArgumentException} if it is no JSON. */
    public static StoredIds read(String document) {
        Objects.requireNonNull(document, "document");
        JsonNode json;
        try {
            json = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored document is no JSON: " + e.getOriginalMessage(), e);
        }
        return new StoredIds(ids(json.path("entities"), "actor"), ids(json.path("events"), "story"),
                ids(json.path("entities"), "actor_link"));
    }

    private static Map<String, String> ids(JsonNode items, String field) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : items) {
            JsonNode id = item.path(field);
            if (id.isTextual() || id.isNumber()) {
                ids.put(item.path("id").asText(), id.asText());
            }
        }
        return ids;
    }

    /** The actor id of entity {@code entityId}, if the store linked it to one. */
    public Optional<String> actor(@Nullable String entityId) {
        return entityId == null ? Optional.empty() : Optional.ofNullable(actors.get(entityId));
    }

    /** The story id of event {@code eventId}, if the store put it in one. */
    public Optional<String> story(String eventId) {
        return Optional.ofNullable(stories.get(eventId));
    }

    /** The Wikipedia page title of entity {@code entityId}'s actor, if the store linked it to an actor that has one. */
    public Optional<String> actorLink(@Nullable String entityId) {
        return entityId == null ? Optional.empty() : Optional.ofNullable(actorLinks.get(entityId));
    }

    /** The distinct actor ids of an event's actors in one role, in text order, joined with {@code ;}. */
    public String actorIds(Event event, ActorRole role) {
        return String.join(";", actorsOf(event, role).keySet());
    }

    /**
     * The Wikipedia page titles of the actors {@link #actorIds} lists, in its order and joined with
     * {@code ;} as it is (an actor without a page gives an empty place); empty when none has a page.
     */
    public String actorLinks(Event event, ActorRole role) {
        Map<String, String> actorsOf = actorsOf(event, role);
        return actorsOf.values().stream().allMatch(String::isEmpty) ? "" : String.join(";", actorsOf.values());
    }

    /** The distinct actor ids of an event's actors in one role, in text order, each with its page title or "". */
    private Map<String, String> actorsOf(Event event, ActorRole role) {
        Map<String, String> all = new LinkedHashMap<>();
        event.actors().stream().filter(a -> a.role() == role).forEach(a -> actor(a.entity())
                .ifPresent(id -> all.putIfAbsent(id, actorLink(a.entity()).orElse(""))));
        return all;
    }
}
