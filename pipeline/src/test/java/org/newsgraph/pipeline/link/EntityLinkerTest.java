package org.newsgraph.pipeline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

class EntityLinkerTest {

    /** A document whose entities are the given (type, name) pairs, each mentioned once by its name. */
    private static Doc doc(Object... typeAndName) {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < typeAndName.length; i += 2) {
            String name = (String) typeAndName[i + 1];
            int start = text.length();
            text.append(name).append(". ");
            EntityType type = (EntityType) typeAndName[i];
            entities.add(new Entity("e" + (i / 2 + 1), type, name,
                    List.of(new Mention(new Span(start, start + name.length(), name), 0, 1, 0, type, MentionKind.NAME)),
                    List.of()));
        }
        return Doc.of(Article.of("a", text.toString())).withEntities(entities).withRoles(entities);
    }

    private static List<Link> links(Path dir, LinkConfig config, Object... typeAndName) {
        Doc linked = new EntityLinker(AliasIndexTest.build(dir), config).apply(doc(typeAndName));
        assertEquals(true, linked.has(Facet.LINKS));
        return linked.entities().stream().map(e -> e.link() == null ? new Link("NIL", 0) : e.link()).toList();
    }

    @Test
    void linksAnUnambiguousNameWhateverItsSpelling(@TempDir Path dir) {
        assertEquals(List.of(new Link("Kim_Jong-un", 0.97f), new Link("Russia", 0.98f)),
                links(dir, LinkConfig.precise(), EntityType.PERSON, "Kim Jong Un", EntityType.GPE, "RUSSIA"));
    }

    @Test
    void leavesAnAmbiguousNameUnlinkedUnlessTheArticleSettlesIt(@TempDir Path dir) {
        // Georgia: 0.55 for the U.S. state, 0.40 for the country: below the threshold, too close to call.
        assertEquals(List.of(new Link("NIL", 0)), links(dir, LinkConfig.precise(), EntityType.GPE, "Georgia"));
        // Ministry of Defence: the UK 0.70, Russia 0.60; "Russia" in the article lifts Russia's ministry by 0.2.
        List<Link> withRussia = links(dir, new LinkConfig(0.6, 0.05), EntityType.ORGANIZATION, "Ministry of Defence",
                EntityType.GPE, "Russia");
        assertEquals(new Link("Ministry_of_Defence_(Russia)", 0.6f + 0.2), withRussia.get(0));
        assertEquals(new Link("Russia", 0.98f), withRussia.get(1));
    }

    @Test
    void typeIncompatibleTitlesAndSurnamesAloneStayUnlinked(@TempDir Path dir) {
        // Kremlin (film) 0.3 is no organisation: Moscow Kremlin 0.58 is then unchallenged.
        assertEquals(List.of(new Link("Moscow_Kremlin", 0.58f)),
                links(dir, new LinkConfig(0.5, 0.3), EntityType.ORGANIZATION, "Kremlin"));
        // A surname alone needs 0.9; a full name missing from the table does not fall back to its surname.
        assertEquals(List.of(new Link("NIL", 0), new Link("Vladimir_Putin", 0.95f)),
                links(dir, LinkConfig.precise(), EntityType.PERSON, "Smith", EntityType.PERSON, "Putin"));
        Doc doc = doc(EntityType.PERSON, "Vladimir Putin");
        Mention surname = new Mention(new Span(9, 14, "Putin"), 1, 2, 1, EntityType.PERSON, MentionKind.NAME);
        Entity other = new Entity("e1", EntityType.PERSON, "Boris Putin", List.of(surname), List.of());
        Doc two = Doc.of(doc.article()).withEntities(List.of(other)).withRoles(List.of(other));
        assertNull(new EntityLinker(AliasIndexTest.build(dir), LinkConfig.precise()).apply(two).entities().get(0).link());
    }

    @Test
    void aTitleQualifiedAsAThingIsNoOrganisationOrPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("things.idx");
        AliasIndexBuilder.build(new java.io.BufferedReader(new java.io.StringReader(String.join("\n",
                "Pentagon\tPentagon_(computer)\t1.0", "Pentagon\tThe_Pentagon\t0.72",
                "Washington\tColon_(anatomy)\t1.0", "Washington\tWashington\t0.65"))), file, rows -> { });
        Doc linked = new EntityLinker(AliasIndex.open(file), LinkConfig.precise()).apply(doc(EntityType.ORGANIZATION,
                "Pentagon", EntityType.GPE, "Washington"));

        assertEquals(List.of(new Link("The_Pentagon", 0.72f), new Link("Washington", 0.65f)),
                linked.entities().stream().map(Entity::link).toList());
    }

    @Test
    void aPlacesMinistryIsItsPageAndABareMinistryNoGeneralPage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ministries.idx");
        AliasIndexBuilder.build(new java.io.BufferedReader(new java.io.StringReader(String.join("\n",
                "Foreign Ministry of Russia\tMinistry_of_Foreign_Affairs_(Russia)\t1.0",
                "Foreign Ministry\tForeign_minister\t0.5", "Health Ministry\tMinistry_of_Health\t0.6",
                "Russia\tRussia\t0.98", "Irving Police Department\tIrving_Police_Department\t1.0"))), file, rows -> { });
        EntityLinker linker = new EntityLinker(AliasIndex.open(file), LinkConfig.precise());
        String text = "Russia's Foreign Ministry said the Health Ministry agreed.";
        String irving = "The Irving Police Department";
        List<Entity> police = List.of(named(irving, "e1", EntityType.ORGANIZATION, "Irving Police Department"));
        assertEquals(new Link("Irving_Police_Department", 1.0),
                linker.apply(Doc.of(Article.of("i", irving)).withEntities(police).withRoles(police)).entities().get(0)
                        .link());
        Entity russia = named(text, "e1", EntityType.GPE, "Russia");
        Entity foreign = named(text, "e2", EntityType.ORGANIZATION, "Foreign Ministry");
        Entity health = named(text, "e3", EntityType.ORGANIZATION, "Health Ministry");
        List<Entity> all = List.of(russia, foreign, health);
        Doc doc = Doc.of(Article.of("a", text)).withEntities(all).withRoles(all);
        List<Entity> alone = List.of(named(text, "e2", EntityType.ORGANIZATION, "Foreign Ministry"));

        assertEquals(java.util.Arrays.asList(new Link("Russia", 0.98f), new Link("Ministry_of_Foreign_Affairs_(Russia)", 1.0),
                null), linker.apply(doc).entities().stream().map(Entity::link).toList());
        // Without the place's possessive, "Foreign Ministry" is no country's.
        assertNull(linker.apply(Doc.of(Article.of("a", text)).withEntities(alone).withRoles(alone)).entities().get(0)
                .link());
    }

    private static Entity named(String text, String id, EntityType type, String name) {
        int at = text.indexOf(name);
        return new Entity(id, type, name, List.of(new Mention(new Span(at, at + name.length(), name), 0, 1, 0, type,
                MentionKind.NAME)), List.of());
    }

    @Test
    void theThresholdTradesRecallForPrecision(@TempDir Path dir) {
        assertEquals(List.of(new Link("NIL", 0)), links(dir, LinkConfig.precise(), EntityType.GPE, "Washington"));
        assertEquals(List.of(new Link("Washington,_D.C.", 0.5)),
                links(dir, LinkConfig.precise().withThreshold(0.5), EntityType.GPE, "Washington"));
    }

    @Test
    void aTitleTheNameDoesNotAgreeWithCountsHalfAndTheNameItselfIsPreferred(@TempDir Path dir) throws Exception {
        // Rows as WikiDict has them: noise titles with the eponymous page's prior, or above it.
        Path file = dir.resolve("noisy.idx");
        AliasIndexBuilder.build(new java.io.BufferedReader(new java.io.StringReader(String.join("\n",
                "Florida\tClearwater\t1.0", "Florida\tFlorida\t1.0",
                "Hong Kong\tHistory_of_Colonial_Hong_Kong_(1800s–1930s)\t1.0", "Hong Kong\tHong_Kong\t1.0",
                "U.S.\tMexico_–_United_States_border\t1.0", "U.S.\tUnited_States\t0.97",
                "Seattle\tQwest_Field\t1.0", "Seattle\tSeattle\t0.92"))), file, rows -> { });
        Doc linked = new EntityLinker(AliasIndex.open(file), LinkConfig.precise()).apply(doc(EntityType.GPE, "Florida",
                EntityType.GPE, "Hong Kong", EntityType.GPE, "U.S.", EntityType.GPE, "Seattle"));

        assertEquals(List.of(new Link("Florida", 1.0), new Link("Hong_Kong", 1.0), new Link("United_States", 0.97f),
                new Link("Seattle", 0.92f)), linked.entities().stream().map(Entity::link).toList());
    }

    @Test
    void aNameAgreesWithATitleByAWordOrByItsInitials() {
        assertEquals("Houston", TitleMatch.base("Houston,_Texas"));
        assertEquals("Georgia", TitleMatch.base("Georgia_(country)"));
        assertEquals(true, TitleMatch.eponymous("Georgia_(country)", "georgia"));
        assertEquals(false, TitleMatch.eponymous("Moscow_Kremlin", "Kremlin"));
        assertEquals(true, TitleMatch.agrees("Moscow_Kremlin", "Kremlin", TitleMatch.words("Kremlin")));
        assertEquals(true, TitleMatch.agrees("North_Atlantic_Treaty_Organization", "NATO", TitleMatch.words("NATO")));
        assertEquals(true, TitleMatch.agrees("Federal_Bureau_of_Investigation", "FBI", TitleMatch.words("FBI")));
        assertEquals(true, TitleMatch.agrees("Hernán_Darío_Gómez", "Hernan Dario Gomez",
                TitleMatch.words("Hernan Dario Gomez")));
        assertEquals(true, TitleMatch.agrees("Batcave", "Bat Cave", TitleMatch.words("Bat Cave")));
        assertEquals(false, TitleMatch.agrees("Clearwater", "Florida", TitleMatch.words("Florida")));
    }

    @Test
    void aPlaceQualifierTheArticleDoesNotNameCountsHalfWhereItNamesOtherPlaces(@TempDir Path dir) {
        Path file = dir.resolve("parties.idx");
        AliasIndexBuilder.build(new java.io.BufferedReader(new java.io.StringReader(String.join("\n",
                "Democratic Party\tDemocratic_Party_(United_States)\t0.8",
                "Border Force\tBorder_Force_(UK_TV_series)\t0.7", "Border Force\tBorder_Force\t0.3",
                "Hong Kong\tHong_Kong\t0.95"))), file, rows -> { });
        EntityLinker linker = new EntityLinker(AliasIndex.open(file), LinkConfig.precise());

        Doc inHongKong = linker.apply(doc(EntityType.ORGANIZATION, "Democratic Party", EntityType.GPE, "Hong Kong"));
        Doc alone = linker.apply(doc(EntityType.ORGANIZATION, "Democratic Party"));
        Doc force = linker.apply(doc(EntityType.ORGANIZATION, "Border Force"));

        // 0.8 halved is under the threshold; with no place named, nothing contradicts the qualifier.
        assertEquals(java.util.Arrays.asList(null, new Link("Hong_Kong", 0.95f)),
                inHongKong.entities().stream().map(Entity::link).toList());
        assertEquals(new Link("Democratic_Party_(United_States)", 0.8f), alone.entities().get(0).link());
        // A TV series is no organisation, whatever precedes the kind in its qualifier.
        assertNull(force.entities().get(0).link());
        assertEquals(true, TitleMatch.contradicted("Castlefrank_Road_(Ottawa)", java.util.Set.of("castlefrank"),
                java.util.Set.of("kanata")::contains));
        assertEquals(false, TitleMatch.contradicted("Castlefrank_Road_(Ottawa)", java.util.Set.of(),
                java.util.Set.of("ottawa")::contains));
        assertEquals(false, TitleMatch.contradicted("Georgia_(U.S._state)", java.util.Set.of(), w -> false));
        assertEquals(false, TitleMatch.contradicted("Labour_Party_(UK)", java.util.Set.of(), w -> false));
    }

    @Test
    void aPlaceNamedLikeThePersonTheArticleNamesInFullIsNotLinked(@TempDir Path dir) {
        assertEquals(List.of(new Link("NIL", 0), new Link("NIL", 0)),
                links(dir, LinkConfig.precise(), EntityType.PERSON, "Valeska Paris", EntityType.GPE, "Paris"));
        assertEquals(List.of(new Link("Paris", 0.94f), new Link("Vladimir_Putin", 0.95f)),
                links(dir, LinkConfig.precise(), EntityType.GPE, "Paris", EntityType.PERSON, "Putin"));
    }

    @Test
    void aPersonsPageHasTheSurnameAndAnotherOfTheNamesWords() {
        assertEquals(true, TitleMatch.namesThePerson("Charles_F._Bolden,_Jr.", "Charles Bolden"));
        assertEquals(true, TitleMatch.namesThePerson("Creswell_Eastman", "Cres Eastman"));
        assertEquals(true, TitleMatch.namesThePerson("F._Scott_Fitzgerald", "Francis Scott Fitzgerald"));
        assertEquals(true, TitleMatch.namesThePerson("Nabil_Maâloul", "Nabil Maaloul"));
        assertEquals(false, TitleMatch.namesThePerson("Moxon_&_Kobrin", "Kendrick Moxon"));
        assertEquals(false, TitleMatch.namesThePerson("Kim_Jong-woon", "Kim Jong-un"));
    }

    @Test
    void otherTypesAreNeverLinked(@TempDir Path dir) {
        assertEquals(List.of(new Link("NIL", 0)), links(dir, LinkConfig.precise().withThreshold(0), EntityType.OTHER, "Paris"));
        assertNull(new EntityLinker(AliasIndexTest.build(dir), LinkConfig.precise())
                .apply(doc(EntityType.VEHICLE, "Paris")).entities().get(0).link());
    }
}
