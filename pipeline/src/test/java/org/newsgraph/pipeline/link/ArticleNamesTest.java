package org.newsgraph.pipeline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;

class ArticleNamesTest {

    private static Entity entity(String id, EntityType type, String name, List<Role> roles) {
        return new Entity(id, type, name,
                List.of(new Mention(new Span(0, name.length(), name), 0, 1, 0, type, MentionKind.NAME)), roles);
    }

    private static Doc doc(Entity... entities) {
        return Doc.of(Article.of("a", "Some text of the article here.")).withEntities(new ArrayList<>(List.of(entities)));
    }

    @Test
    void anEntitysContextIsTheOtherEntitiesNamesAndItsOwnRoles() {
        Role minister = new Role("Defence Minister", null, new Span(0, 4, "Some"));
        Entity shoigu = entity("e1", EntityType.PERSON, "Sergei Shoigu", List.of(minister));
        Entity russia = entity("e2", EntityType.GPE, "Russia", List.of());
        Entity kremlin = entity("e3", EntityType.ORGANIZATION, "Kremlin", List.of());
        Entity film = entity("e4", EntityType.OTHER, "Moscow Nights", List.of());
        ArticleNames names = new ArticleNames(doc(shoigu, russia, kremlin, film));

        Predicate<String> ofShoigu = names.context(shoigu);
        Predicate<String> ofRussia = names.context(russia);
        assertEquals(List.of(true, true, true, false, false, false),
                List.of(ofShoigu.test("russia"), ofShoigu.test("kremlin"), ofShoigu.test("minister"),
                        ofShoigu.test("shoigu"), ofShoigu.test("moscow"), ofShoigu.test("paris")));
        // Its own name is no context; roles are the entity's own, not the article's.
        assertEquals(List.of(false, true, true, false),
                List.of(ofRussia.test("russia"), ofRussia.test("shoigu"), ofRussia.test("kremlin"),
                        ofRussia.test("minister")));
    }

    @Test
    void aWordOfTwoEntitiesIsContextForEachOfThem() {
        Entity party = entity("e1", EntityType.ORGANIZATION, "Democratic Party", List.of());
        Entity other = entity("e2", EntityType.ORGANIZATION, "Democratic Alliance", List.of());
        Entity again = entity("e3", EntityType.ORGANIZATION, "Democratic Party", List.of());
        ArticleNames names = new ArticleNames(doc(party, other, again));

        assertEquals(List.of(true, true, true, true),
                List.of(names.context(party).test("democratic"), names.context(party).test("party"),
                        names.context(other).test("party"), names.context(other).test("democratic")));
        assertEquals(false, new ArticleNames(doc(party, other)).context(other).test("alliance"));
    }

    @Test
    void placesBesidesAnEntityAndSurnamesOfPersonsNamedInFull() {
        Entity paris = entity("e1", EntityType.GPE, "Paris", List.of());
        Entity valeska = entity("e2", EntityType.PERSON, "Valeska Paris", List.of());
        Entity lyon = entity("e3", EntityType.GPE, "Lyon", List.of());
        Entity jordan = entity("e4", EntityType.PERSON, "Jordan", List.of());
        Entity house = entity("e5", EntityType.ORGANIZATION, "Paris", List.of());

        assertEquals(false, new ArticleNames(doc(paris, valeska)).placesBesides(paris));
        assertEquals(true, new ArticleNames(doc(paris, valeska)).placesBesides(valeska));
        assertEquals(true, new ArticleNames(doc(paris, lyon)).placesBesides(paris));
        ArticleNames all = new ArticleNames(doc(paris, valeska, lyon, jordan, house));
        assertEquals(List.of(true, true, false, false, false),
                List.of(all.surnameOfAPerson(paris), all.surnameOfAPerson(house), all.surnameOfAPerson(lyon),
                        all.surnameOfAPerson(valeska), all.surnameOfAPerson(jordan)));
    }
}
