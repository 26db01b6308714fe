package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.spark.corpus.CorpusDocs;
import org.newsgraph.spark.corpus.CorpusJob;
import org.newsgraph.spark.corpus.CorpusTable;

/**
 * A real standalone cluster: a master and two one-core workers on 127.0.0.1, started from the test
 * class path, run the cross-article job over {@link CorpusDocs} (no CoreNLP, so it stays small);
 * skipped where no port on 127.0.0.1 can be bound.
 */
class StandaloneClusterTest {

    @TempDir
    static Path dir;

    private static StandaloneCluster cluster;
    private static SparkSession spark;
    private static String output;
    private static CorpusJob.Summary summary;
    private static final Set<String> TASK_EXECUTORS = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void runOnACluster() throws IOException {
        assumeTrue(canBindLoopback(), "no port on 127.0.0.1 can be bound");
        cluster = StandaloneCluster.start(new StandaloneCluster.Shape(2, 1, "1g", Duration.ofSeconds(90)),
                dir.resolve("cluster"));
        spark = cluster.session("StandaloneClusterTest", Map.of());
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                TASK_EXECUTORS.add(taskEnd.taskInfo().executorId());
            }
        });
        output = dir.resolve("out").toString();
        CorpusDocs.writeDocuments(spark, output);
        summary = CorpusJob.run(spark, output, 4);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theJobRanOnBothWorkersExecutors() {
        assertThat(spark.sparkContext().master()).isEqualTo(cluster.masterUrl()).startsWith("spark://127.0.0.1:");
        assertThat(TASK_EXECUTORS).hasSize(2).doesNotContain("driver");
    }

    @Test
    void theTablesAreWrittenAndReadBack() {
        assertThat(summary.count(CorpusTable.ACTORS)).isEqualTo(28);
        assertThat(summary.count(CorpusTable.COPIES)).isEqualTo(2);
        List<String> copies = spark.read().parquet(output + "/copies").orderBy("document_id").collectAsList()
                .stream().map(Row::toString).toList();
        assertThat(copies).containsExactly("[wire2,wire1]", "[wire3,wire1]");
        List<String> story = spark.read().parquet(output + "/stories").filter("event_id = 'v1'")
                .select("document_id").orderBy("document_id").collectAsList().stream().map(Row::toString).toList();
        assertThat(story).containsExactly("[both]", "[north]", "[south]", "[undated]");
        assertThat(spark.read().parquet(output + "/stories").filter("event_id = 'v1'").select("story_id")
                .distinct().count()).isEqualTo(1);
    }

    private static boolean canBindLoopback() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
