package org.newsgraph.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.dedup.ArticleSummary;
import org.newsgraph.store.stories.StoryIndex;

/**
 * The cross-article tables of {@link CorpusDocs} on an embedded {@code local[2]} Spark, against an
 * H2 store of the same documents, stored in another order and rebuilt: the same actors (as groups of
 * entities, with their type and name), the same near-duplicate originals and the same stories (as
 * groups of events), ids aside.
 */
class CorpusJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @TempDir
    static Path dir;

    private static String output;
    private static CorpusJob.Summary first;
    private static Snapshot store;

    /** Cross-article results without ids: actors as "TYPE name [doc/entity...]", stories, copies; sorted. */
    record Snapshot(List<String> actors, List<String> stories, List<String> copies) {
    }

    @BeforeAll
    static void run() {
        spark = SparkSession.builder().master("local[2]").appName("CorpusJobTest")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        output = dir.resolve("out").toString();
        CorpusDocs.writeDocuments(spark, output);
        first = CorpusJob.run(spark, output, 3);
        try (ArticleStore stored = Stores.open(dir.resolve("store").toString())) {
            CorpusDocs.all().forEach(stored::store);
            stored.rebuild(true, (done, total) -> { });
            store = snapshot(stored);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theActorsAreTheStoresAfterARebuild() {
        assertThat(sparkSnapshot().actors()).isEqualTo(store.actors());
        assertThat(store.actors()).containsExactly(
                "GPE Easton [south/e2]",
                "GPE Norland [both/e1, north/e1, undated/e1]",
                "GPE North Korea [k1/e2, k2/e2]",
                "GPE Riverton [north/e2]",
                "GPE Sudland [both/e2, south/e1]",
                "ORGANIZATION White House [t1/e2, t2/e2]",
                "PERSON Bill Clinton [b1/e1, c2/e1]",
                "PERSON Clinton [c1/e1]",
                "PERSON Clinton [c3/e1]",
                "PERSON Clinton [undated/e9]",
                "PERSON Donald Trump [t1/e1, t2/e1, t3/e1]",
                "PERSON Hillary Clinton [h1/e1]",
                "PERSON John Smith (John_Smith_(explorer)) [s1/e1, s3/e1, s4/e1]",
                "PERSON John Smith (John_Smith_(footballer)) [s2/e1]",
                "PERSON Kim Jong Un [k1/e1, k2/e1]",
                "PERSON Mohammed bin Salman (Mohammed_bin_Salman) [m1/e1, m2/e1]");
    }

    @Test
    void theNearDuplicateOriginalsAreTheStores() {
        assertThat(sparkSnapshot().copies()).isEqualTo(store.copies()).containsExactly("wire2 -> wire1", "wire3 -> wire1");
        List<String> pairs = spark.read().parquet(output + "/near_duplicates").orderBy("document_id", "duplicate_of")
                .collectAsList().stream().map(r -> r.getString(0) + "~" + r.getString(1) + " " + r.getDouble(2)).toList();
        assertThat(pairs).hasSize(3).startsWith("wire2~wire1 1.0");
        assertThat(pairs.get(1)).startsWith("wire3~wire1 0.");
        assertThat(pairs.get(2)).startsWith("wire3~wire2 0.");
    }

    @Test
    void theStoriesAreTheStores() {
        assertThat(sparkSnapshot().stories()).isEqualTo(store.stories())
                .containsExactly("[both/v1, north/v1, south/v1, undated/v1]");
    }

    @Test
    void aRerunWritesTheSameTables() {
        List<List<String>> before = tables();
        CorpusJob.Summary again = CorpusJob.run(spark, output, 2);
        assertThat(tables()).isEqualTo(before);
        assertThat(again).isEqualTo(first);
        assertThat(first.count(CorpusTable.ACTORS)).isEqualTo(28);
    }

    /** The driver appends its rows to staging every few rows instead of holding them: the same tables. */
    @Test
    void aRunThatSpillsEveryThreeRowsWritesTheSameTables() {
        List<List<String>> before = tables();
        CorpusJob.Summary spilled = CorpusJob.run(spark, output, 3, 3);
        assertThat(tables()).isEqualTo(before);
        assertThat(spilled).isEqualTo(first);
        assertThat(Path.of(output, CorpusJob.STAGING)).doesNotExist();
    }

    private static List<List<String>> tables() {
        List<List<String>> tables = new ArrayList<>();
        for (CorpusTable table : CorpusTable.values()) {
            tables.add(spark.read().parquet(output + "/" + table.directory()).collectAsList().stream()
                    .map(Row::toString).sorted().toList());
        }
        return tables;
    }

    private static Snapshot sparkSnapshot() {
        Map<Long, TreeSet<String>> actorMembers = new TreeMap<>();
        Map<Long, String> actorNames = new TreeMap<>();
        for (Row row : spark.read().parquet(output + "/actors").collectAsList()) {
            long actor = row.getLong(row.fieldIndex("actor_id"));
            actorMembers.computeIfAbsent(actor, a -> new TreeSet<>())
                    .add(row.getString(row.fieldIndex("document_id")) + "/" + row.getString(row.fieldIndex("entity_id")));
            actorNames.put(actor, row.getString(row.fieldIndex("actor_type")) + " "
                    + row.getString(row.fieldIndex("actor_name")) + shown(row.getString(row.fieldIndex("actor_link"))));
        }
        List<String> actors = new ArrayList<>();
        actorMembers.forEach((id, members) -> actors.add(actorNames.get(id) + " " + members));
        Map<Long, TreeSet<String>> storyMembers = new TreeMap<>();
        for (Row row : spark.read().parquet(output + "/stories").collectAsList()) {
            storyMembers.computeIfAbsent(row.getLong(row.fieldIndex("story_id")), s -> new TreeSet<>())
                    .add(row.getString(row.fieldIndex("document_id")) + "/" + row.getString(row.fieldIndex("event_id")));
        }
        List<String> copies = spark.read().parquet(output + "/copies").collectAsList().stream()
                .map(r -> r.getString(0) + " -> " + r.getString(1)).toList();
        return sorted(actors, storyMembers.values().stream().map(TreeSet::toString).toList(), copies);
    }

    private static Snapshot snapshot(ArticleStore stored) {
        Map<String, TreeSet<String>> actorMembers = new TreeMap<>();
        for (String document : stored.events().documents(null, null, null)) {
            JsonNode json;
            try {
                json = JSON.readTree(document);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            for (JsonNode entity : json.path("entities")) {
                if (!entity.path("actor").isNull() && !entity.path("actor").isMissingNode()) {
                    actorMembers.computeIfAbsent(entity.path("actor").asText(), a -> new TreeSet<>())
                            .add(json.path("id").asText() + "/" + entity.path("id").asText());
                }
            }
        }
        List<String> actors = new ArrayList<>();
        actorMembers.forEach((id, members) -> {
            var actor = stored.actors().get(Long.parseLong(id)).orElseThrow();
            actors.add(actor.type() + " " + actor.name() + shown(actor.link()) + " " + members);
        });
        Map<Long, TreeSet<String>> storyMembers = new TreeMap<>();
        for (StoryIndex.Membership m : stored.stories().memberships()) {
            storyMembers.computeIfAbsent(m.storyId(), s -> new TreeSet<>()).add(m.articleId() + "/" + m.eventId());
        }
        List<String> copies = new ArrayList<>();
        for (ArticleSummary article : stored.articles().list(true, 1000)) {
            copies.add(article.id() + " -> " + article.copyOf());
        }
        return sorted(actors, storyMembers.values().stream().map(TreeSet::toString).toList(), copies);
    }

    /** " (title)" for an actor that shows a Wikipedia page, else nothing. */
    private static String shown(@Nullable String link) {
        return link == null ? "" : " (" + link + ")";
    }

    private static Snapshot sorted(List<String> actors, List<String> stories, List<String> copies) {
        return new Snapshot(actors.stream().sorted().toList(), stories.stream().sorted().toList(),
                copies.stream().sorted().toList());
    }
}
