package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs on one embedded H2 store ({@link SharedStoreProcess}): whichever opens it first serves it
 * to the other (H2's auto-server, on 127.0.0.1), and whichever exits first, the other goes on: its
 * next transaction connects again and becomes the server itself.
 */
class SharedStoreTest {

    @TempDir
    Path dir;

    @Test
    void aReaderKeepsReadingAfterTheWriterThatOpenedTheStoreExits() throws Exception {
        Path db = dir.resolve("db");
        Files.createDirectories(dir.resolve("signals"));
        Child writer = start("write", db, 0, 20);
        writer.awaitOpen();
        assertThat(serverAddress(db)).startsWith("localhost:");
        Child reader = start("read", db);
        reader.awaitOpen();
        touch("go");

        assertThat(writer.awaitExit()).isZero();
        awaitSignal("seen-20");
        // The reader reads on for a while with the writer gone, then stops.
        Thread.sleep(1_500);
        touch("stop");

        assertThat(reader.awaitExit()).isZero();
        assertThat(writer.lastLine()).isEqualTo("stored 20 failed 0 now 20");
        assertThat(reader.lastLine()).matches("reads \\d+ failed 0 last 20");
    }

    @Test
    void aWriterKeepsWritingAfterTheReaderThatOpenedTheStoreExits() throws Exception {
        Path db = dir.resolve("db");
        Files.createDirectories(dir.resolve("signals"));
        touch("pause");
        Child reader = start("read", db);
        reader.awaitOpen();
        Child writer = start("write", db, 0, 20);
        writer.awaitOpen();
        touch("go");
        awaitSignal("half");
        awaitSignal("seen-10");

        touch("stop");
        assertThat(reader.awaitExit()).isZero();
        touch("resume");

        assertThat(writer.awaitExit()).isZero();
        assertThat(reader.lastLine()).matches("reads \\d+ failed 0 last 10");
        assertThat(writer.lastLine()).isEqualTo("stored 20 failed 0 now 20");
        try (ArticleStore store = Stores.open(db.toString())) {
            assertThat(store.keys()).hasSize(20);
        }
    }

    /** A child JVM and the file its output goes to. */
    private record Child(Process process, Path out) {

        void awaitOpen() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output().startsWith("open")) {
                assertThat(process.isAlive()).as("exited early: %s", output()).isTrue();
                assertThat(System.nanoTime()).as("did not open the store in 60 s").isLessThan(deadline);
                Thread.sleep(50);
            }
        }

        int awaitExit() throws Exception {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("still running after 60 s: %s", out).isTrue();
            return process.exitValue();
        }

        String output() throws IOException {
            return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        }

        String lastLine() throws IOException {
            List<String> lines = output().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private Child start(String mode, Path db, int... range) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SharedStoreProcess.class.getName(), mode, db.toString()));
        for (int bound : range) {
            command.add(Integer.toString(bound));
        }
        Path out = dir.resolve(mode + "-out.txt");
        return new Child(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start(), out);
    }

    private void awaitSignal(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(dir.resolve("signals").resolve(name))) {
            assertThat(System.nanoTime()).as("no %s signal in 60 s", name).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void touch(String signal) throws IOException {
        Files.createFile(dir.resolve("signals").resolve(signal));
    }

    /** The address the first process's auto-server wrote to H2's lock file. */
    private static String serverAddress(Path db) throws IOException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(db.resolve("newsgraph.lock.db"))) {
            lock.load(in);
        }
        return String.valueOf(lock.getProperty("server"));
    }
}
