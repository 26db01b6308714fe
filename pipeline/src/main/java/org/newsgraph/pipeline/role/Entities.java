package org.newsgraph.pipeline.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.lexicon.Lexicons;

/**
 * A document's entities while a stage works on them: lookup by token, and new entities for names a
 * rule discovers (an affiliation, a state behind a demonym). Not thread-safe; one per {@code apply}.
 */
final class Entities {

    private final List<Entity> entities;
    private final Entity[] byToken;

    Entities(Doc doc) {
        this.entities = new ArrayList<>(doc.entities());
        this.byToken = new Entity[doc.tokens().size()];
        for (Entity e : entities) {
            index(e);
        }
    }

    private void index(Entity e) {
        for (Mention m : e.mentions()) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                if (byToken[t] == null || m.kind() != MentionKind.PRONOUN) {
                    byToken[t] = e;
                }
            }
        }
    }

    Optional<Entity> at(int token) {
        return Optional.ofNullable(byToken[token]);
    }

    /** A new entity with one mention; returns its id. */
    String create(EntityType type, String name, Span span, int first, int end) {
        String id = nextId();
        Entity e = new Entity(id, type, name, List.of(new Mention(span, first, end, end - 1, type, MentionKind.NAME)),
                List.of());
        entities.add(e);
        index(e);
        return id;
    }

    /**
     * The id of the entity for a place named through a demonym ("Russian" → Russia): the existing
     * entity of that country, else a new one whose mention is the demonym.
     */
    String placeNamed(String placeName, Span span, int first, int end, Lexicons lexicons) {
        Optional<String> code = lexicons.countryCode(placeName);
        for (Entity e : entities) {
            if (e.type() != EntityType.GPE && e.type() != EntityType.LOCATION) {
                continue;
            }
            boolean same = e.name().equalsIgnoreCase(placeName)
                    || code.isPresent() && code.equals(lexicons.countryCode(e.name()));
            if (same) {
                return e.id();
            }
        }
        EntityType type = lexicons.isRegion(placeName) ? EntityType.LOCATION : EntityType.GPE;
        return create(type, placeName, span, first, end);
    }

    private String nextId() {
        int max = 0;
        for (Entity e : entities) {
            if (e.id().startsWith("e")) {
                try {
                    max = Math.max(max, Integer.parseInt(e.id().substring(1)));
                } catch (NumberFormatException ignored) {
                    // ids not of the form eN do not constrain numbering
                }
            }
        }
        return "e" + (max + 1);
    }

    /** All entities, each with the roles found for it. */
    List<Entity> withRoles(Map<String, List<Role>> roles) {
        List<Entity> result = new ArrayList<>();
        for (Entity e : entities) {
            List<Role> found = roles.get(e.id());
            result.add(found == null ? e : e.withRoles(found));
        }
        return result;
    }
}
