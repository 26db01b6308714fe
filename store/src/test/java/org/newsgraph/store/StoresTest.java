package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class StoresTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultDatabaseIsNewsgraphDbOrElseNewsgraphData() {
        assertThat(Stores.defaultSpec(Map.of())).isEqualTo("./newsgraph-data");
        assertThat(Stores.defaultSpec(Map.of("NEWSGRAPH_DB", " "))).isEqualTo("./newsgraph-data");
        assertThat(Stores.defaultSpec(Map.of("NEWSGRAPH_DB", "/srv/news"))).isEqualTo("/srv/news");
    }

    @Test
    void aDirectoryIsCreatedAndHoldsAnH2Database() {
        Path directory = dir.resolve("a/b");

        try (ArticleStore store = Stores.open(directory.toString())) {
            assertThat(store.location()).isEqualTo(directory.toString());
            assertThat(store.keys()).isEmpty();
        }

        assertThat(Files.exists(directory.resolve("newsgraph.mv.db"))).isTrue();
    }

    @Test
    void otherDatabaseUrlsAreRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> Stores.open("jdbc:mysql://db/news?user=ana&password=s3cret", Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("unsupported database URL jdbc:mysql://db/news?user=ana&password=***: give a directory, "
                        + "a jdbc:postgresql:// URL or a jdbc:h2:file: URL");
    }

    @Test
    void readingAMissingStoreIsRefusedAndCreatesNothing() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> Stores.openExisting(missing.toString(), Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("no store at " + missing + ": newsgraph.mv.db is missing there; ingest articles into it "
                        + "first, or check the database you named");

        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void anExistingStoreOpensForReadingAndWriting() {
        Path directory = dir.resolve("db");
        Stores.open(directory.toString()).close();

        try (ArticleStore store = Stores.openExisting(directory.toString(), Map.of())) {
            assertThat(store.readOnly()).isFalse();
            assertThat(store.store(TestDocs.meeting("lyon-1")).outcome()).isEqualTo(Stored.Outcome.NEW_ARTICLE);
        }
    }

    @Test
    void aReadOnlyStoreIsReadByManyAndWrittenByNone() {
        Path directory = dir.resolve("db");
        try (ArticleStore store = Stores.open(directory.toString())) {
            store.store(TestDocs.meeting("lyon-1"));
        }
        String readOnly = "jdbc:h2:file:" + directory.resolve("newsgraph") + ";ACCESS_MODE_DATA=r";

        try (ArticleStore one = Stores.openExisting(readOnly, Map.of());
                ArticleStore two = Stores.openExisting(readOnly, Map.of())) {
            assertThat(one.readOnly()).isTrue();
            assertThat(one.keys()).extracting(ArticleKey::id).containsExactly("lyon-1");
            assertThat(two.findLatest("lyon-1")).isPresent();
            assertThatThrownBy(() -> one.store(TestDocs.meeting("lyon-2")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot store lyon-2: ");
            assertThat(two.keys()).hasSize(1);
        }
        assertThatThrownBy(() -> Stores.open(readOnly, Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot write to the store " + readOnly + ": it is opened read-only (ACCESS_MODE_DATA=r)");
        try (ArticleStore store = Stores.open(directory.toString())) {
            assertThat(store.keys()).hasSize(1);
        }
    }

    @Test
    void aStoreInADirectoryThatCannotBeWrittenIsReadOnly() throws Exception {
        Path directory = dir.resolve("db");
        try (ArticleStore store = Stores.open(directory.toString())) {
            store.store(TestDocs.meeting("lyon-1"));
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(directory), "permissions do not bind this user (root): see the ACCESS_MODE_DATA test");

            try (ArticleStore store = Stores.openExisting(directory.toString(), Map.of())) {
                assertThat(store.readOnly()).isTrue();
                assertThat(store.keys()).hasSize(1);
            }
            assertThatThrownBy(() -> Stores.open(directory.toString()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("cannot write to the store " + directory + ": it is read-only here");
        } finally {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsAStoreException() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> Stores.open(file.resolve("db").toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot create the database directory " + file.resolve("db"));
    }

    @Test
    void theKeyOfAnArticleIsItsIdAndTheSha256OfItsText() {
        ArticleKey key = ArticleKey.of(Article.of("a1", "abc"));

        assertThat(key).isEqualTo(new ArticleKey("a1",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        // UTF-8 bytes, not UTF-16 code units.
        assertThat(ArticleKey.sha256("é")).isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
        assertThatThrownBy(() -> new ArticleKey("a1", "ABC"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
