package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the command tests that read a store: before each test, a fresh store in a
 * temporary directory holding two analysed articles, {@link EventQuestions}' (the event and export
 * tests) or those a subclass names ({@link ActorQuestions}', for the actor and quote tests).
 */
abstract class TwoStoredArticles {

    private final Consumer<String> storeBoth;

    /** The test's temporary directory; the store is its {@code db} folder. */
    @TempDir
    Path dir;

    /** The store's location, as {@code --db} takes it. */
    String db;

    /** {@link EventQuestions}' two articles. */
    TwoStoredArticles() {
        this(EventQuestions::storeBoth);
    }

    /** The two articles {@code storeBoth} stores in the store at the location it is given. */
    TwoStoredArticles(Consumer<String> storeBoth) {
        this.storeBoth = storeBoth;
    }

    @BeforeEach
    void storeTwoArticles() {
        db = dir.resolve("db").toString();
        storeBoth.accept(db);
    }
}
