package org.newsgraph.pipeline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

class SportsTeamsTest {

    @Test
    void anArticleIsAboutASportWhenItUsesTwoOfThatSportsOwnWords() {
        assertEquals(" national football team",
                SportsTeams.teamAlias("Sweden's goalkeeper kept them in the World  Cup."));
        assertEquals(" national rugby union team", SportsTeams.teamAlias("Wales won the Rugby World Cup scrum."));
        assertEquals(" national cricket team", SportsTeams.teamAlias("Six wickets fell in the first innings."));
        // One word of the sport, or words other news uses too, is no match report.
        assertNull(SportsTeams.teamAlias("The senator watched football after the vote."));
        assertNull(SportsTeams.teamAlias("The party scored a goal with its penalty reform."));
        assertNull(SportsTeams.teamAlias("Footballers' pay: the strikers' union met."));
    }

    @Test
    void aCountryInAMatchReportIsItsNationalTeamWhenTheIndexHasIt(@TempDir Path dir) {
        Path file = dir.resolve("teams.idx");
        AliasIndexBuilder.build(new BufferedReader(new StringReader(String.join("\n",
                "Sweden\tSweden\t1.0", "Sweden national football team\tSweden_national_football_team\t1.0",
                "Tunisia\tTunisia\t0.95", "Stockholm\tStockholm\t0.97", "Stockholm national football team\tAIK\t1.0",
                "Korea\tKorea\t0.9", "Korea national football team\tKorea_Republic_national_football_team\t1.0"))),
                file, rows -> { });
        EntityLinker linker = new EntityLinker(AliasIndex.open(file), LinkConfig.precise());
        String report = "Sweden beat Korea in Stockholm: their goalkeeper saved the World Cup.";
        String politics = "Sweden and Korea signed a treaty in Stockholm.";

        // A team's page under another name of its country counts; a title that is no team's page does not.
        assertEquals(List.of(new Link("Sweden_national_football_team", 1.0),
                new Link("Korea_Republic_national_football_team", 1.0), new Link("Stockholm", 0.97f)),
                links(linker, report));
        assertEquals(List.of(new Link("Sweden", 1.0), new Link("Korea", 0.9f), new Link("Stockholm", 0.97f)),
                links(linker, politics));
    }

    /** The links of the text's GPE entities Sweden, Korea and Stockholm. */
    private static List<Link> links(EntityLinker linker, String text) {
        List<Entity> entities = List.of(place(text, "e1", "Sweden"), place(text, "e2", "Korea"),
                place(text, "e3", "Stockholm"));
        Doc doc = Doc.of(Article.of("a", text)).withEntities(entities).withRoles(entities);
        return linker.apply(doc).entities().stream().map(Entity::link).toList();
    }

    private static Entity place(String text, String id, String name) {
        int at = text.indexOf(name);
        return new Entity(id, EntityType.GPE, name, List.of(new Mention(new Span(at, at + name.length(), name), 0, 1, 0,
                EntityType.GPE, MentionKind.NAME)), List.of());
    }
}
