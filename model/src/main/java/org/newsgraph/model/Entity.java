package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the article talks about, with all the places it is mentioned.
 *
 * @param id       document-local id ("e1", "e2", ...)
 * @param type     entity type
 * @param name     canonical name: the fullest name used, case repaired
 * @param mentions its mentions in text order
 * @param roles    titles and affiliations stated in the text
 * @param link     its Wikipedia page, or null when it is not linked (no linker ran, or the linker was unsure)
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions, List<Role> roles,
        @Nullable Link link) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
    }

    /** An entity not linked to Wikipedia. */
    public Entity(String id, EntityType type, String name, List<Mention> mentions, List<Role> roles) {
        this(id, type, name, mentions, roles, null);
    }

    public Entity withRoles(List<Role> newRoles) {
        return new Entity(id, type, name, mentions, newRoles, link);
    }

    public Entity withMentions(List<Mention> newMentions) {
        return new Entity(id, type, name, newMentions, roles, link);
    }

    public Entity withLink(@Nullable Link newLink) {
        return new Entity(id, type, name, mentions, roles, newLink);
    }

    public boolean hasMentionAt(int token) {
        return mentions.stream().anyMatch(m -> m.containsToken(token));
    }
}
