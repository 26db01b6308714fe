package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the article talks about, with all the places it is mentioned.
 *
 * @param id       document-local id ("e1", "e2", ...)
 * @param type     entity type
 * @param name     canonical name: the fullest name used, case repaired
 * @param mentions its mentions in text order
 * @param roles    titles and affiliations stated in the text
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions, List<Role> roles) {

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

    public Entity withRoles(List<Role> newRoles) {
        return new Entity(id, type, name, mentions, newRoles);
    }

    public Entity withMentions(List<Mention> newMentions) {
        return new Entity(id, type, name, newMentions, roles);
    }

    public boolean hasMentionAt(int token) {
        return mentions.stream().anyMatch(m -> m.containsToken(token));
    }
}
