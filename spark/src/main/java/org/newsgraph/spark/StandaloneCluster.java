package org.newsgraph.spark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark standalone cluster on 127.0.0.1: one master ({@code org.apache.spark.deploy.master.Master})
 * and workers ({@code org.apache.spark.deploy.worker.Worker}), each a child JVM started from this
 * JVM's class path, with no Spark distribution: {@code SPARK_TESTING} lets a worker launch executors
 * without one, and {@link #session} gives them this class path too. Logs go to the work directory
 * ({@code master.log}, {@code worker-N.log}); {@link #close} stops the workers, then the master.
 * Not thread-safe.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final String MASTER = "org.apache.spark.deploy.master.Master";
    private static final String WORKER = "org.apache.spark.deploy.worker.Worker";

    /**
     * The shape of a cluster.
     *
     * @param workers        how many workers
     * @param coresPerWorker cores each worker offers, one executor of as many cores per worker
     * @param executorMemory each executor's heap, as Spark writes it ({@code 3g})
     * @param timeout        how long the master may take to open its port, and the executors to register
     */
    record Shape(int workers, int coresPerWorker, String executorMemory, Duration timeout) {
        Shape {
            if (workers < 1 || coresPerWorker < 1) {
                throw new IllegalArgumentException("a cluster needs at least one worker of one core");
            }
        }
    }

    private final Shape shape;
    private final Path work;
    private final String classPath;
    private final String masterUrl;
    private final List<Process> processes = new ArrayList<>();

    private StandaloneCluster(Shape shape, Path work, String classPath, int port) {
        this.shape = shape;
        this.work = work;
        this.classPath = classPath;
        this.masterUrl = "spark://127.0.0.1:" + port;
    }

    /**
     * Starts the master and the workers, logging under {@code work}, and waits for the master's port.
     *
     * @throws IOException when a process cannot start, a port cannot be bound, or the master does not
     *                     listen within the timeout (the cluster is stopped again)
     */
    static StandaloneCluster start(Shape shape, Path work) throws IOException {
        Files.createDirectories(work.resolve("spark-home"));
        StandaloneCluster cluster = new StandaloneCluster(shape, work, System.getProperty("java.class.path"), freePort());
        try {
            int port = Integer.parseInt(cluster.masterUrl.substring(cluster.masterUrl.lastIndexOf(':') + 1));
            cluster.launch("master", MASTER, "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0");
            cluster.awaitPort(port);
            for (int i = 1; i <= shape.workers(); i++) {
                Path dir = Files.createDirectories(work.resolve("worker-" + i));
                cluster.launch("worker-" + i, WORKER, "--host", "127.0.0.1", "--webui-port", "0",
                        "--cores", String.valueOf(shape.coresPerWorker()), "--memory", shape.executorMemory(),
                        "--work-dir", dir.toString(), cluster.masterUrl);
            }
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return masterUrl;
    }

    /** The number of cores the cluster offers. */
    int cores() {
        return shape.workers() * shape.coresPerWorker();
    }

    /**
     * A session on this cluster whose executors (one per worker) run on this JVM's class path, once
     * every executor has registered, with these settings too.
     *
     * @throws IllegalStateException when the executors do not all register within the timeout
     */
    SparkSession session(String app, Map<String, String> settings) {
        SparkSession.Builder builder = SparkSession.builder();
        settings.forEach(builder::config);
        SparkSession spark = builder.appName(app).master(masterUrl)
                .config("spark.executor.memory", shape.executorMemory())
                .config("spark.executor.cores", String.valueOf(shape.coresPerWorker()))
                .config("spark.cores.max", String.valueOf(cores()))
                .config("spark.executor.extraClassPath", classPath)
                // Spark's default of 200 shuffle partitions would be 200 tasks per shuffle on a few cores.
                .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores()))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            awaitExecutors(spark.sparkContext());
        } catch (RuntimeException e) {
            spark.stop();
            throw e;
        }
        return spark;
    }

    private void awaitExecutors(SparkContext context) {
        long deadline = System.nanoTime() + shape.timeout().toNanos();
        // The driver is listed among the executors.
        while (context.statusTracker().getExecutorInfos().length < shape.workers() + 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(String.format("%d of %d executors registered with %s within %s; see the logs in %s",
                        context.statusTracker().getExecutorInfos().length - 1, shape.workers(), masterUrl,
                        shape.timeout(), work));
            }
            sleep(200);
        }
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_TESTING", "1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_HOME", work.resolve("spark-home").toString());
        // A worker's own SPARK_CONF_DIR or defaults would change the executors it launches.
        env.remove("SPARK_CONF_DIR");
        processes.add(builder.start());
    }

    private void awaitPort(int port) throws IOException {
        long deadline = System.nanoTime() + shape.timeout().toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !processes.get(0).isAlive()) {
                    throw new IOException("the Spark master did not listen on 127.0.0.1:" + port + "; see "
                            + work.resolve("master.log"), e);
                }
                sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster", e);
        }
    }

    /** Stops the workers (and with them their executors), then the master. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }
}
