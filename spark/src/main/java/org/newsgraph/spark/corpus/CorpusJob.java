package org.newsgraph.spark.corpus;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
 * {@value NearDuplicates#THRESHOLD} of their values are pairs), written to their table there. On
 * the driver, one pass in the store's canonical order ({@link CorpusLinker}) over the inputs, each
 * with the earliest document it is a near-duplicate of, streamed a partition at a time; its rows are
 * appended to a staging directory every {@value #SPILL_ROWS} rows ({@link RowSpill}), and the tables
 * are written from there by the executors, so the driver holds one partition of inputs, the
 * linker's state and at most that many rows per table. Deterministic: the same documents give the
 * same tables. Document ids must be unique.
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

    /** Where the driver's rows wait, under the output directory, until the tables are written from them. */
    static final String STAGING = "corpus-staging-in-progress";

    /** Rows of a table the driver holds at most before it appends them to the staging directory. */
    static final int SPILL_ROWS = 50_000;

    /** The actors rows as the driver makes them: without the link, known only once every document is linked. */
    private static final StructType ACTOR_ROWS = new StructType(
            Arrays.copyOf(CorpusTable.ACTORS.schema().fields(), CorpusTable.ACTORS.schema().size() - 1));

    private static final StructType LINKS = new StructType().add("actor_id", DataTypes.LongType, false)
            .add("actor_link", DataTypes.StringType, false);

    /** Makes the tables from {@code output}/documents, in {@code partitions} tasks (0: Spark's default). */
    public static Summary run(SparkSession spark, String output, int partitions) {
        return run(spark, output, partitions, SPILL_ROWS);
    }

    /** {@link #run(SparkSession, String, int)}, the driver holding at most {@code spillRows} rows of a table. */
    static Summary run(SparkSession spark, String output, int partitions, int spillRows) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path staging = new Path(output, STAGING);
        delete(conf, staging);
        Dataset<Row> documents = spark.read().parquet(new Path(output, "documents").toString()).select("document");
        int tasks = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        JavaRDD<CorpusInput> inputs = documents.javaRDD()
                .map(row -> CorpusInput.of(DocumentReader.read(row.getString(0))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Tuple3<String, String, Double>> similar = nearDuplicates(inputs, tasks)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            requireUniqueIds(inputs);
            Map<CorpusTable, Long> counts = new EnumMap<>(CorpusTable.class);
            // The pairs go from the executors to their table; the driver only sees each document's earliest.
            JavaRDD<Row> pairs = similar.map(p -> RowFactory.create(idOf(p._1()), idOf(p._2()), p._3()));
            write(spark.createDataFrame(pairs, CorpusTable.NEAR_DUPLICATES.schema()), output, CorpusTable.NEAR_DUPLICATES,
                    tasks);
            counts.put(CorpusTable.NEAR_DUPLICATES, similar.count());
            RowSpill spill = new RowSpill(spark, staging.toString(), spillRows);
            CorpusLinker linker = new CorpusLinker();
            Iterator<Tuple2<CorpusInput, String>> ordered = inOrder(inputs, earliestSimilar(similar, tasks), tasks);
            while (ordered.hasNext()) {
                Tuple2<CorpusInput, String> next = ordered.next();
                CorpusInput input = next._1();
                CorpusLinker.Linked linked = linker.link(input, next._2());
                linked.actors().forEach(a -> spill.add(CorpusTable.ACTORS, RowFactory.create(a.documentId(),
                        a.entityId(), a.actorId(), a.actorType(), a.actorName(), a.nameKey()), ACTOR_ROWS));
                linked.stories().forEach(s -> spill.add(CorpusTable.STORIES, RowFactory.create(s.documentId(),
                        s.eventId(), s.storyId(), s.eventType(), s.eventDay(), s.score()), CorpusTable.STORIES.schema()));
                linked.copyOf().ifPresent(c -> spill.add(CorpusTable.COPIES, RowFactory.create(input.id(), c),
                        CorpusTable.COPIES.schema()));
            }
            spill.flush(CorpusTable.ACTORS, ACTOR_ROWS);
            spill.flush(CorpusTable.STORIES, CorpusTable.STORIES.schema());
            spill.flush(CorpusTable.COPIES, CorpusTable.COPIES.schema());
            // An actor's link is the one it shows once every document is linked, as in the store.
            List<Row> links = linker.links().entrySet().stream()
                    .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
            Dataset<Row> actors = spill.read(CorpusTable.ACTORS, ACTOR_ROWS)
                    .join(broadcast(spark.createDataFrame(links, LINKS)), "actor_id", "left")
                    .select(Arrays.stream(CorpusTable.ACTORS.schema().fieldNames()).map(name -> col(name))
                            .toArray(Column[]::new));
            write(actors, output, CorpusTable.ACTORS, tasks);
            for (CorpusTable table : List.of(CorpusTable.COPIES, CorpusTable.STORIES)) {
                write(spill.read(table, table.schema()), output, table, tasks);
            }
            for (CorpusTable table : List.of(CorpusTable.ACTORS, CorpusTable.COPIES, CorpusTable.STORIES)) {
                counts.put(table, spill.count(table));
            }
            delete(conf, staging);
            return new Summary(counts);
        } finally {
            similar.unpersist(false);
            inputs.unpersist(false);
        }
    }

    /**
     * The inputs in canonical order, each with the id of the earliest document it is a near-duplicate
     * of (null if none), fetched a partition at a time.
     */
    private static Iterator<Tuple2<CorpusInput, String>> inOrder(JavaRDD<CorpusInput> inputs,
            JavaPairRDD<String, String> earliest, int tasks) {
        return inputs.mapToPair(in -> new Tuple2<>(in.id(), in)).leftOuterJoin(earliest, tasks)
                .mapToPair(j -> new Tuple2<>(j._2()._1().orderKey(), new Tuple2<>(j._2()._1(), j._2()._2().orNull())))
                .sortByKey(true, tasks).values().toLocalIterator();
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
    private static JavaPairRDD<String, String> earliestSimilar(JavaRDD<Tuple3<String, String, Double>> pairs,
            int tasks) {
        return pairs.mapToPair(p -> new Tuple2<>(idOf(p._1()), p._2()))
                .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, tasks)
                .mapValues(CorpusJob::idOf);
    }

    /** The id inside an {@link CorpusInput#orderKey()}. */
    private static String idOf(String orderKey) {
        return CanonicalOrder.articleId(orderKey);
    }

    private static void write(Dataset<Row> rows, String output, CorpusTable table, int tasks) {
        Column[] order = Arrays.stream(table.schema().fieldNames()).map(name -> col(name)).toArray(Column[]::new);
        rows.repartition(tasks, col("document_id")).sortWithinPartitions(order)
                .write().mode(SaveMode.Overwrite).parquet(new Path(output, table.directory()).toString());
    }

    private static void delete(Configuration conf, Path path) {
        try {
            path.getFileSystem(conf).delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }
}
