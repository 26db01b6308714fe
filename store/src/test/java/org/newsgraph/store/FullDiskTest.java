package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a real full disk: a 2 MB tmpfs, so the test runs only where it may mount one (root with
 * the mount capability), and is skipped elsewhere. Storing fails with one line and nothing of the
 * failed article; what was stored stays readable on the full disk; once there is space, writing goes on.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    void aFullDiskStopsWritingLosesNothingAndStaysReadable() throws Exception {
        Path tmpfs = Files.createDirectory(dir.resolve("tmpfs"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", tmpfs.toString()),
                "cannot mount a tmpfs here (not root, or no mount capability)");
        mount = tmpfs;
        String db = tmpfs.resolve("db").toString();

        int stored = 0;
        String failure = null;
        try (ArticleStore store = Stores.open(db, Map.of())) {
            while (failure == null && stored < 5_000) {
                try {
                    store.store(TestDocs.meeting("a" + stored));
                    stored++;
                } catch (StoreException e) {
                    failure = e.getMessage();
                }
            }
        } catch (StoreException closing) {
            // Closing may fail too on a full disk; what matters is what a new process finds.
        }

        assertThat(failure).isEqualTo("cannot store a" + stored + ": cannot write the database file: No space left on device");
        try (ArticleStore store = Stores.openExisting(db, Map.of())) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.keys()).hasSize(stored);
        }
        assertThatThrownBy(() -> Stores.open(db, Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the store " + db + ": its disk is full (");

        assertThat(run("mount", "-o", "remount,size=16m", tmpfs.toString())).isTrue();
        try (ArticleStore store = Stores.open(db, Map.of())) {
            assertThat(store.readOnly()).isFalse();
            assertThat(store.store(TestDocs.meeting("a" + stored)).outcome()).isEqualTo(Stored.Outcome.NEW_ARTICLE);
            assertThat(store.keys()).hasSize(stored + 1);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
