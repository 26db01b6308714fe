package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
                .hasMessage("unsupported database URL jdbc:mysql://db/news?user=ana&password=***: newsgraph "
                        + "stores to PostgreSQL (jdbc:postgresql:...) or to a directory (H2)");
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
