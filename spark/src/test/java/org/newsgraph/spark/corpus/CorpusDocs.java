package org.newsgraph.spark.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

/**
 * Hand-built analysed articles (no CoreNLP, no tokens: as read back from document@1 JSON) whose
 * cross-article results depend on their order, listed here in no particular one:
 * <pre>
 * c1 .. c3, b1, h1  "Clinton" alone before any full name, after Bill's, after Bill's and Hillary's
 * t1, t2, t3        Donald Trump, then Donald J. Trump (no initials stored: the same), then President Trump
 * k1, k2            Kim Jong Un with North Korea, then Mr. Kim with North Korea (surname first)
 * north, both, south  attacks by Norland, Norland and Sudland, Sudland, on three consecutive days (the story span): one story through "both"
 * undated           an undated attack by Norland, and "Clinton" alone
 * wire1 .. wire3    one wire text, the same text a day later, and an edited copy
 * m1, m2            two spellings linked to one Wikipedia page (other name keys: one actor by the link)
 * s1, s2            one name linked to two pages (two actors), then s3: the name unlinked (the first's)
 * s4                the surname alone linked to the first page, on the day of the second (the first's)
 * </pre>
 */
public final class CorpusDocs {

    private static final String WIRE = "The central bank kept its main interest rate unchanged on Wednesday and said "
            + "that inflation had slowed for a third month in a row, as energy prices fell and wages rose less "
            + "quickly than economists had expected at the start of the year.";

    private CorpusDocs() {
    }

    /** Writes {@link #all()} as the {@code documents} table ({@code id}, {@code published}, {@code document}) under {@code output}, in three files. */
    public static void writeDocuments(SparkSession spark, String output) {
        List<Row> documents = new ArrayList<>();
        for (Doc doc : all()) {
            documents.add(RowFactory.create(doc.id(), doc.article().published(), DocumentJson.toJson(doc).toString()));
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("published", DataTypes.StringType)
                .add("document", DataTypes.StringType);
        spark.createDataFrame(documents, schema).repartition(3).write().mode(SaveMode.Overwrite)
                .parquet(output + "/documents");
    }

    public static List<Doc> all() {
        return List.of(
                plain("wire2", "2024-05-09", WIRE),
                person("c2", "2016-01-07", "Clinton returned to the stage later.", "Clinton"),
                attack("south", "2024-05-03", "Sudland gunmen attacked a school in Easton near the border.",
                        List.of("Sudland"), "Easton"),
                person("b1", "2016-01-06", "Bill Clinton campaigned for his wife.", "Bill Clinton"),
                withOrg(person("t2", "2017-03-02", "Donald J. Trump spoke at the White House.", "Donald J. Trump"),
                        EntityType.ORGANIZATION, "White House"),
                person("c1", "2016-01-05", "Clinton spoke in a school gym.", "Clinton"),
                withOrg(person("k2", "2018-06-13", "Mr. Kim left North Korea by train.", "Mr. Kim"), EntityType.GPE,
                        "North Korea"),
                attack("north", "2024-05-01", "Norland troops attacked villages by the river in Riverton near the border.",
                        List.of("Norland"), "Riverton"),
                plain("wire3", "2024-05-10", WIRE.replace("on Wednesday", "on Wednesday morning")),
                person("h1", "2016-01-20", "Hillary Clinton debated her rival.", "Hillary Clinton"),
                withOrg(person("t1", "2017-03-01", "Donald Trump arrived at the White House.", "Donald Trump"),
                        EntityType.ORGANIZATION, "White House"),
                undated(),
                person("c3", "2016-01-21", "Clinton answered every question.", "Clinton"),
                withOrg(person("k1", "2018-06-12", "Kim Jong Un met officials in North Korea.", "Kim Jong Un"),
                        EntityType.GPE, "North Korea"),
                attack("both", "2024-05-02", "Norland and Sudland forces attacked a border post.",
                        List.of("Norland", "Sudland"), null),
                person("t3", "2017-03-03", "President Trump signed the order.", "President Trump"),
                plain("wire1", "2024-05-08", WIRE),
                linked("s2", "2019-02-02", "John Smith scored twice.", "John Smith", "John_Smith_(footballer)"),
                linked("m2", "2019-01-11", "Mohammad bin Salman met the envoy.", "Mohammad bin Salman",
                        "Mohammed_bin_Salman"),
                linked("s4", "2019-02-02", "Smith was honoured in Jamestown.", "Smith", "John_Smith_(explorer)"),
                person("s3", "2019-02-03", "John Smith was remembered.", "John Smith"),
                linked("s1", "2019-02-01", "John Smith sailed to Virginia.", "John Smith", "John_Smith_(explorer)"),
                linked("m1", "2019-01-10", "Mohammed bin Salman spoke in Riyadh.", "Mohammed bin Salman",
                        "Mohammed_bin_Salman"));
    }

    private static Doc undated() {
        Doc attack = attack("undated", null,
                "Norland artillery attacked a depot near the border. Clinton condemned it.",
                List.of("Norland"), null);
        List<Entity> entities = new ArrayList<>(attack.entities());
        entities.add(entity(attack.text(), "e9", EntityType.PERSON, "Clinton"));
        return attack.withEntities(entities);
    }

    private static Doc person(String id, String date, String text, String name) {
        return doc(id, date, text, List.of(entity(text, "e1", EntityType.PERSON, name)), List.of());
    }

    /** A person linked to the Wikipedia page {@code title}. */
    private static Doc linked(String id, String date, String text, String name, String title) {
        Entity person = entity(text, "e1", EntityType.PERSON, name);
        return doc(id, date, text, List.of(new Entity(person.id(), person.type(), person.name(), person.mentions(),
                person.roles(), new Link(title, 0.9))), List.of());
    }

    private static Doc withOrg(Doc doc, EntityType type, String name) {
        List<Entity> entities = new ArrayList<>(doc.entities());
        entities.add(entity(doc.text(), "e2", type, name));
        return doc.withEntities(entities);
    }

    /** An attack whose sources are the GPEs {@code sides}, placed in {@code place} if given. */
    private static Doc attack(String id, @Nullable String date, String text, List<String> sides, @Nullable String place) {
        List<Entity> entities = new ArrayList<>();
        List<EventActor> actors = new ArrayList<>();
        for (String side : sides) {
            String entityId = "e" + (entities.size() + 1);
            entities.add(entity(text, entityId, EntityType.GPE, side));
            actors.add(new EventActor(ActorRole.SOURCE, entityId, span(text, side), null, null));
        }
        @Nullable String placeId = null;
        if (place != null) {
            placeId = "e" + (entities.size() + 1);
            entities.add(entity(text, placeId, EntityType.GPE, place));
        }
        Event attack = new Event("v1", "ASSAULT", null, "190", span(text, "attacked"), actors, placeId, null,
                EventStatus.OCCURRED, null);
        return doc(id, date, text, entities, List.of(attack));
    }

    private static Doc plain(String id, String date, String text) {
        return doc(id, date, text, List.of(), List.of());
    }

    private static Doc doc(String id, @Nullable String date, String text, List<Entity> entities, List<Event> events) {
        return Doc.of(new Article(id, text, null, date, null, "Outlet of " + id)).withLanguage("en")
                .withEntities(entities).withEvents(events);
    }

    private static Entity entity(String text, String id, EntityType type, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, type, MentionKind.NAME));
        }
        return new Entity(id, type, name, mentions, List.of());
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return Span.of(text, at, at + words.length());
    }
}
