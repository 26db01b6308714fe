package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One side of {@link SharedStoreTest}, run in a JVM of its own: {@code write DIR FROM TO} stores
 * the articles {@code w-FROM} to {@code w-(TO-1)}, {@code read DIR} counts the stored articles
 * until told to stop. Each prints {@code open} once the store is open, waits for the files the test
 * creates in {@code DIR/../signals} (see the test), and ends with one line of figures.
 */
public final class SharedStoreProcess {

    private SharedStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        String db = args[1];
        Path signals = Path.of(db).resolveSibling("signals");
        try (ArticleStore store = Stores.open(db, Map.of())) {
            System.out.println("open");
            System.out.flush();
            if (args[0].equals("write")) {
                write(store, signals, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            } else {
                read(store, signals);
            }
        }
    }

    /** Waits for {@code go}, stores the articles one by one, and (at half way) waits for {@code resume} if it is asked for. */
    private static void write(ArticleStore store, Path signals, int from, int to) throws InterruptedException {
        await(signals.resolve("go"));
        int failed = 0;
        for (int i = from; i < to; i++) {
            if (i == (from + to) / 2 && Files.exists(signals.resolve("pause"))) {
                touch(signals.resolve("half"));
                await(signals.resolve("resume"));
            }
            try {
                store.store(TestDocs.meeting("w-" + i));
            } catch (StoreException e) {
                failed++;
                System.out.println("failed: " + e.getMessage());
            }
            Thread.sleep(20);
        }
        System.out.println("stored " + (to - from) + " failed " + failed + " now " + store.keys().size());
    }

    /**
     * Counts the stored articles every 50 ms until {@code stop}, touching {@code seen-N} when it first
     * sees N; reports the reads that failed.
     */
    private static void read(ArticleStore store, Path signals) throws InterruptedException {
        touch(signals.resolve("reader-open"));
        int reads = 0;
        int failed = 0;
        int last = -1;
        while (!Files.exists(signals.resolve("stop"))) {
            try {
                int now = store.keys().size();
                if (now != last) {
                    touch(signals.resolve("seen-" + now));
                }
                last = now;
                reads++;
            } catch (StoreException e) {
                failed++;
                System.out.println("failed: " + e.getMessage());
            }
            Thread.sleep(50);
        }
        System.out.println("reads " + reads + " failed " + failed + " last " + last);
    }

    private static void await(Path signal) throws InterruptedException {
        while (!Files.exists(signal)) {
            Thread.sleep(20);
        }
    }

    private static void touch(Path signal) {
        try {
            Files.createFile(signal);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Signalled before.
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
