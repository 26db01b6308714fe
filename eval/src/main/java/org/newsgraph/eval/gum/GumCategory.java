package org.newsgraph.eval.gum;

import java.util.Optional;
import org.newsgraph.model.EntityType;

/**
 * The entity categories on which GUM's gold types and newsgraph's output types are compared. GUM
 * types with no newsgraph counterpart (abstract, time, substance, plant, animal, quantity) and
 * newsgraph's {@link EntityType#OTHER} have no category: they take part only in type-blind scores.
 */
public enum GumCategory {
    /** GUM person; newsgraph PERSON. */
    PERSON,
    /** GUM organization; newsgraph ORGANIZATION. */
    ORGANIZATION,
    /** GUM place; newsgraph GPE and LOCATION, scored together. */
    PLACE,
    /** GUM event; newsgraph EVENT. */
    EVENT,
    /** GUM object (concrete things); newsgraph VEHICLE, WEAPON and FACILITY, scored together. */
    OBJECT;

    /** The category of a GUM entity type, if it is one newsgraph outputs. */
    public static Optional<GumCategory> ofGum(String gumType) {
        return switch (gumType) {
            case "person" -> Optional.of(PERSON);
            case "organization" -> Optional.of(ORGANIZATION);
            case "place" -> Optional.of(PLACE);
            case "event" -> Optional.of(EVENT);
            case "object" -> Optional.of(OBJECT);
            default -> Optional.empty();
        };
    }

    /** The category of a newsgraph entity type; none for {@link EntityType#OTHER}. */
    public static Optional<GumCategory> of(EntityType type) {
        return switch (type) {
            case PERSON -> Optional.of(PERSON);
            case ORGANIZATION -> Optional.of(ORGANIZATION);
            case GPE, LOCATION -> Optional.of(PLACE);
            case EVENT -> Optional.of(EVENT);
            case VEHICLE, WEAPON, FACILITY -> Optional.of(OBJECT);
            case OTHER -> Optional.empty();
        };
    }

    /** Lower-case label for tables and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
