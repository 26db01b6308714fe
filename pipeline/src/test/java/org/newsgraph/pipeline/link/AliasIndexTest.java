package org.newsgraph.pipeline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasIndexTest {

    static final String TABLE = String.join("\n",
            "Kim Jong-un\tKim_Jong-un\t0.97",
            "the Kremlin\tMoscow_Kremlin\t1.0",
            "Kremlin\tKremlin_(film)\t0.3",
            "Kremlin\tMoscow_Kremlin\t0.58",
            "Georgia\tGeorgia_(U.S._state)\t0.55",
            "Georgia\tGeorgia_(country)\t0.4",
            "Washington\tWashington,_D.C.\t0.5",
            "Washington\tGeorgia_(country)\t0.005",
            "Tbilisi\tTbilisi\t0.99",
            "Putin\tVladimir_Putin\t0.95",
            "Smith\tSmith_(surname)\t0.6",
            "http://en.wikipedia.org/wiki/Paris\tParis\t1.0",
            "Paris\tParis\t0.94",
            "Paris\tParis_(disambiguation)\t0.05",
            "Ministry of Defence\tMinistry_of_Defence_(United_Kingdom)\t0.7",
            "Ministry of Defence\tMinistry_of_Defence_(Russia)\t0.6",
            "Russia\tRussia\t0.98",
            "United States\tUnited_States\t0.98",
            "The United states\tUnited_States_national_rugby_union_team\t1.0");

    static AliasIndex build(Path dir) {
        Path file = dir.resolve("aliases.idx");
        AliasIndexBuilder.build(new BufferedReader(new StringReader(TABLE)), file, rows -> { });
        return AliasIndex.open(file);
    }

    @Test
    void spellingsShareAKeyAndCandidatesComeBestFirst(@TempDir Path dir) {
        AliasIndex index = build(dir);
        assertEquals(List.of(new Candidate("Kim_Jong-un", 0.97f)), index.candidates("KIM JONG UN"));
        assertEquals(List.of(new Candidate("Moscow_Kremlin", 0.58f), new Candidate("Kremlin_(film)", 0.3f)),
                index.candidates("Kremlin"));
        assertEquals(List.of(new Candidate("Moscow_Kremlin", 1.0f)), index.candidates("the  Kremlin"));
        assertEquals(List.of(new Candidate("Georgia_(U.S._state)", 0.55f), new Candidate("Georgia_(country)", 0.4f)),
                index.candidates("Georgia"));
    }

    @Test
    void theAliasAsWrittenComesBeforeARareSpellingThatFoldsToIt(@TempDir Path dir) {
        AliasIndex index = build(dir);
        assertEquals(List.of(new Candidate("United_States", 0.98f)), index.candidates("United States"));
        assertEquals(List.of(new Candidate("United_States_national_rugby_union_team", 1.0f),
                new Candidate("United_States", 0.98f)), index.candidates("united states"));
    }

    @Test
    void unknownAliasesWebAddressesLowScoresAndDisambiguationPagesGiveNothing(@TempDir Path dir) {
        AliasIndex index = build(dir);
        assertEquals(List.of(), index.candidates("Pyongyang"));
        assertEquals(List.of(), index.candidates("http://en.wikipedia.org/wiki/Paris"));
        assertEquals(List.of(new Candidate("Paris", 0.94f)), index.candidates("Paris"));
        assertEquals(List.of(new Candidate("Washington,_D.C.", 0.5f)), index.candidates("Washington"));
        assertEquals(List.of(), index.candidates("  "));
    }

    @Test
    void countsTitlesAndReplacesAnOldIndex(@TempDir Path dir) throws Exception {
        AliasIndex index = build(dir);
        assertEquals(15, index.titleCount());
        AliasIndexBuilder.Summary summary = AliasIndexBuilder.build(
                new BufferedReader(new StringReader("Paris\tParis\t0.9\n")), dir.resolve("aliases.idx"), rows -> { });
        assertEquals(new AliasIndexBuilder.Summary(1, 2, 1, Files.size(dir.resolve("aliases.idx"))), summary);
        assertEquals(List.of(), AliasIndex.open(dir.resolve("aliases.idx")).candidates("Putin"));
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber(@TempDir Path dir) {
        AliasTableFormatException e = assertThrows(AliasTableFormatException.class, () -> AliasIndexBuilder.build(
                new BufferedReader(new StringReader("Paris\tParis\t0.9\nLondon\tLondon\n")), dir.resolve("x.idx"),
                rows -> { }));
        assertEquals("line 2: expected alias TAB title TAB score", e.getMessage());
        AliasTableFormatException score = assertThrows(AliasTableFormatException.class, () -> AliasIndexBuilder.build(
                new BufferedReader(new StringReader("Paris\tParis\t1.5\n")), dir.resolve("x.idx"), rows -> { }));
        assertEquals("line 1: the score is not a number in [0, 1]: '1.5'", score.getMessage());
        assertEquals(false, Files.exists(dir.resolve("x.idx")));
    }
}
