package org.newsgraph.pipeline.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;

/**
 * What {@link EntityLinker} weighs of an article's other entities, gathered in one pass over them so
 * that deciding every entity stays linear in the article's size: how many entities' names use each
 * word (an entity's context is then the words some other entity uses, without rescanning the
 * others), how many places it names and where, the surnames of the persons it names in full, and the sport
 * it is about, if any ({@link SportsTeams}). Immutable.
 */
final class ArticleNames {

    /** Per word, how many of the article's entities (OTHER aside) have it in their name. */
    private final Map<String, Integer> nameWords = new HashMap<>();
    private final Set<String> surnames = new HashSet<>();
    private final int places;
    /** Where each of the article's places (GPE) is named: the end of each name mention, to its entity's name. */
    private final Map<Integer, String> placeEnds = new HashMap<>();
    private final String text;
    private final @Nullable String teamAlias;

    ArticleNames(Doc doc) {
        int gpes = 0;
        for (Entity entity : doc.entities()) {
            if (entity.type() != EntityType.OTHER) {
                for (String word : TitleMatch.words(entity.name())) {
                    nameWords.merge(word, 1, Integer::sum);
                }
            }
            if (entity.type() == EntityType.GPE) {
                gpes++;
                for (Mention m : entity.mentions()) {
                    placeEnds.putIfAbsent(m.span().end(), entity.name());
                }
            }
            if (entity.type() == EntityType.PERSON) {
                String[] parts = AliasKey.of(entity.name()).split(" ");
                if (parts.length >= 2) {
                    surnames.add(parts[parts.length - 1]);
                }
            }
        }
        this.places = gpes;
        this.text = doc.text();
        this.teamAlias = SportsTeams.teamAlias(doc.text());
    }

    /** What follows a country's name in the alias of its team in the sport the article is about, or null. */
    @Nullable String teamAlias() {
        return teamAlias;
    }

    /** Whether the article names a place (GPE) besides {@code entity}. */
    boolean placesBesides(Entity entity) {
        return places > (entity.type() == EntityType.GPE ? 1 : 0);
    }

    /**
     * Whether {@code entity}, a place or organisation named by one word, is named like the surname of
     * a person the article names in full ("Paris" beside "Valeska Paris").
     */
    boolean surnameOfAPerson(Entity entity) {
        return entity.type() != EntityType.PERSON && TitleMatch.words(entity.name()).size() == 1
                && surnames.contains(AliasKey.of(entity.name()));
    }

    /**
     * The place whose possessive names {@code entity} somewhere ("Russia's Foreign Ministry": Russia),
     * or null.
     */
    @Nullable String possessor(Entity entity) {
        for (Mention m : entity.mentions()) {
            int start = m.span().start();
            if (start >= 3 && (text.startsWith("'s ", start - 3) || text.startsWith("\u2019s ", start - 3))) {
                String place = placeEnds.get(start - 3);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** The words of the other entities' names and of {@code entity}'s roles, as a membership test. */
    Predicate<String> context(Entity entity) {
        Set<String> own = entity.type() == EntityType.OTHER ? Set.of() : TitleMatch.words(entity.name());
        Set<String> roles = new HashSet<>();
        for (Role role : entity.roles()) {
            roles.addAll(TitleMatch.words(role.title()));
        }
        return word -> roles.contains(word) || nameWords.getOrDefault(word, 0) > (own.contains(word) ? 1 : 0);
    }
}
