package org.newsgraph.pipeline.event;

import java.util.Optional;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.pipeline.lexicon.Lexicons;

/**
 * ISO 3166-1 alpha-3 codes for actors, as GDELT and POLECAT code them: a state by its name ("North
 * Korea" → PRK), an organisation by its seat of power ("Kremlin" → RUS) or the state that begins its
 * name ("US Department of State", "Russian Defence Ministry" → USA, RUS), a person by the state or
 * organisation a role ties them to ("President of North Korea" → PRK). Cities and unaffiliated
 * people get no code. Stateless.
 */
final class CountryCoder {

    private final Lexicons lexicons;

    CountryCoder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The entity a person acts for: the first role tied to a state or organisation. */
    Optional<Entity> affiliation(Doc doc, Entity person) {
        if (person.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        for (Role role : person.roles()) {
            if (role.of() == null) {
                continue;
            }
            Optional<Entity> of = doc.findEntity(role.of());
            if (of.isPresent() && (of.get().type() == EntityType.GPE || of.get().type() == EntityType.ORGANIZATION)) {
                return of;
            }
        }
        return Optional.empty();
    }

    Optional<String> code(Doc doc, Entity entity) {
        return switch (entity.type()) {
            case GPE, LOCATION -> lexicons.countryCode(entity.name());
            case ORGANIZATION -> organisation(entity.name());
            case PERSON -> affiliation(doc, entity).flatMap(a -> code(doc, a));
            default -> Optional.empty();
        };
    }

    /** A code for words that name no entity: a country name or a demonym ("Russian" → RUS). */
    Optional<String> code(String words) {
        Optional<String> direct = lexicons.countryCode(words);
        return direct.isPresent() ? direct : lexicons.demonymPlace(words).flatMap(lexicons::countryCode);
    }

    private Optional<String> organisation(String name) {
        Optional<String> seat = lexicons.seatOfPower(name);
        if (seat.isPresent()) {
            return seat;
        }
        String[] words = name.split("\\s+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            Optional<String> code = code(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }
}
