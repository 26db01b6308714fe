package org.newsgraph.spark.corpus;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.store.dedup.MinHash;
import org.newsgraph.store.dedup.NearDuplicates;
import org.newsgraph.store.rebuild.CanonicalOrder;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The cross-article job: reads the {@code documents} table of an output directory and writes the
 * {@link CorpusTable}s beside it. On the executors: each document's {@link CorpusInput}, and the
 * near-duplicate pairs, by a banded join (documents that share one of the {@value MinHash#BANDS}
 * MinHash bands are candidates, those whose signatures agree on at least
 * {@value NearDuplicates#THRESHOLD} of their values are pairs). On the driver, one pass in the
 * store's canonical order ({@link CorpusLinker}) over the inputs, streamed a partition at a time.
 * Deterministic: the same documents give the same tables. Document ids must be unique.
 */
public final class CorpusJob {

    /** Rows per table of one run. */
    public record Summary(Map<CorpusTable, Long> rows) {
        public Summary {
            rows = Map.copyOf(rows);
        }

        public long count(CorpusTable table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    private CorpusJob() {
    }

    /** Makes the tables from {@code output}/documents, in {@code partitions} tasks (0: Spark's default). */
    public static Summary run(SparkSession spark, String output, int partitions) {
        Dataset<Row> documents = spark.read().parquet(new Path(output, "documents").toString()).select("document");
        int tasks = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        JavaRDD<CorpusInput> inputs = documents.javaRDD()
                .map(row -> CorpusInput.of(DocumentReader.read(row.getString(0))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            requireUniqueIds(inputs);
            List<Tuple3<String, String, Double>> similar = nearDuplicates(inputs, tasks).collect();
            Map<String, String> earliest = earliestSimilar(similar);
            List<Row> pairs = similar.stream()
                    .map(p -> RowFactory.create(idOf(p._1()), idOf(p._2()), p._3())).toList();
            List<CorpusLinker.ActorRow> actorRows = new ArrayList<>();
            List<Row> stories = new ArrayList<>();
            List<Row> copies = new ArrayList<>();
            CorpusLinker linker = new CorpusLinker();
            Iterator<CorpusInput> ordered = inputs.mapToPair(in -> new Tuple2<>(in.orderKey(), in))
                    .sortByKey(true, tasks).values().toLocalIterator();
            while (ordered.hasNext()) {
                CorpusInput input = ordered.next();
                CorpusLinker.Linked linked = linker.link(input, earliest.get(input.id()));
                actorRows.addAll(linked.actors());
                linked.stories().forEach(s -> stories.add(RowFactory.create(s.documentId(), s.eventId(), s.storyId(),
                        s.eventType(), s.eventDay(), s.score())));
                linked.copyOf().ifPresent(c -> copies.add(RowFactory.create(input.id(), c)));
            }
            // An actor's link is the one it shows once every document is linked, as in the store.
            List<Row> actors = actorRows.stream().map(a -> RowFactory.create(a.documentId(), a.entityId(), a.actorId(),
                    a.actorType(), a.actorName(), a.nameKey(), linker.linkOf(a.actorId()))).toList();
            Map<CorpusTable, Long> counts = new EnumMap<>(CorpusTable.class);
            write(spark, output, CorpusTable.ACTORS, actors, tasks, counts);
            write(spark, output, CorpusTable.NEAR_DUPLICATES, pairs, tasks, counts);
            write(spark, output, CorpusTable.COPIES, copies, tasks, counts);
            write(spark, output, CorpusTable.STORIES, stories, tasks, counts);
            return new Summary(counts);
        } finally {
            inputs.unpersist(false);
        }
    }

    private static void requireUniqueIds(JavaRDD<CorpusInput> inputs) {
        List<String> repeated = inputs.mapToPair(in -> new Tuple2<>(in.id(), 1L)).reduceByKey(Long::sum)
                .filter(count -> count._2() > 1).keys().takeOrdered(3);
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("the documents table has more than one document with the id "
                    + String.join(", ", repeated));
        }
    }

    /**
     * The near-duplicate pairs: the {@link CorpusInput#orderKey()}s of the later document (in canonical
     * order) and of the earlier, and the similarity of their signatures.
     */
    static JavaRDD<Tuple3<String, String, Double>> nearDuplicates(JavaRDD<CorpusInput> inputs, int tasks) {
        JavaPairRDD<String, long[]> signatures = inputs.filter(in -> in.signature().length == MinHash.HASHES)
                .mapToPair(in -> new Tuple2<>(in.orderKey(), in.signature()));
        JavaPairRDD<String, String> candidates = signatures
                .flatMapToPair(s -> {
                    long[] bands = MinHash.bands(s._2());
                    List<Tuple2<String, String>> keyed = new ArrayList<>(bands.length);
                    for (int b = 0; b < bands.length; b++) {
                        keyed.add(new Tuple2<>(b + ":" + bands[b], s._1()));
                    }
                    return keyed.iterator();
                })
                .groupByKey(tasks)
                .flatMapToPair(bucket -> {
                    List<String> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    members.sort(null);
                    List<Tuple2<String, String>> found = new ArrayList<>();
                    for (int later = 1; later < members.size(); later++) {
                        for (int earlier = 0; earlier < later; earlier++) {
                            found.add(new Tuple2<>(members.get(later), members.get(earlier)));
                        }
                    }
                    return found.iterator();
                })
                .distinct(tasks);
        return candidates.join(signatures, tasks)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(signatures, tasks)
                .map(c -> {
                    String later = c._2()._1()._1();
                    double similarity = MinHash.similarity(c._2()._1()._2(), c._2()._2());
                    return new Tuple3<>(later, c._1(), similarity);
                })
                .filter(pair -> pair._3() >= NearDuplicates.THRESHOLD);
    }

    /** By id, for each later document of a pair, the id of the earliest document it is a near-duplicate of. */
    private static Map<String, String> earliestSimilar(List<Tuple3<String, String, Double>> pairs) {
        Map<String, String> earliest = new HashMap<>();
        for (Tuple3<String, String, Double> pair : pairs) {
            earliest.merge(pair._1(), pair._2(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> byId = new HashMap<>();
        earliest.forEach((later, earlier) -> byId.put(idOf(later), idOf(earlier)));
        return byId;
    }

    /** The id inside an {@link CorpusInput#orderKey()}. */
    private static String idOf(String orderKey) {
        return CanonicalOrder.articleId(orderKey);
    }

    private static void write(SparkSession spark, String output, CorpusTable table, List<Row> rows, int tasks,
            Map<CorpusTable, Long> counts) {
        Column[] order = Arrays.stream(table.schema().fieldNames()).map(name -> col(name)).toArray(Column[]::new);
        spark.createDataFrame(rows, table.schema()).repartition(tasks, col("document_id")).sortWithinPartitions(order)
                .write().mode(SaveMode.Overwrite).parquet(new Path(output, table.directory()).toString());
        counts.put(table, (long) rows.size());
    }
}
