package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.PageFetcher;

/** {@link PageReader}: pages of files, directories and standard input, with byline and declared language. */
class PageReaderTest {

    private static final String PAGE = "<html lang=\"fr\"><head><title>Le pont</title>"
            + "<meta name=\"author\" content=\"Marie Dupont\"></head><body><article><p>Le conseil municipal a "
            + "décidé lundi de démolir le vieux pont sur la rivière et d'en construire un nouveau, assez large "
            + "pour les cyclistes.</p></article></body></html>";

    @TempDir
    Path dir;

    private List<String> read(String stdin, String... inputs) {
        PageReader reader = new PageReader(ReadOptions.defaults(),
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true)));
        try (Stream<PageItem> items = reader.read(List.of(inputs))) {
            return items.map(item -> item instanceof PageItem.Extracted page
                    ? page.name() + " -> " + page.page().article().id() + " by " + page.page().byline() + " ("
                            + page.page().language() + ")"
                    : item.name() + ": " + ((PageItem.Failed) item).reason()).toList();
        }
    }

    @Test
    void aDirectoryGivesItsPagesInPathOrderAndSkipsOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("site/b"));
        Files.writeString(dir.resolve("site/b/pont.htm"), PAGE);
        Files.writeString(dir.resolve("site/a.html"), PAGE);
        Files.writeString(dir.resolve("site/notes.txt"), "not a page");

        assertThat(read("", dir.resolve("site").toString())).containsExactly(
                dir.resolve("site/a.html") + " -> a by Marie Dupont (fr)",
                dir.resolve("site/b/pont.htm") + " -> pont by Marie Dupont (fr)");
    }

    @Test
    void standardInputIsOnePageAndBadInputsAreReportedInOrder() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("blank.html"), "");

        assertThat(read(PAGE, dir.resolve("empty").toString(), "-", dir.resolve("blank.html").toString(),
                dir.resolve("gone.html").toString())).containsExactly(
                dir.resolve("empty") + ": no .html, .htm, .xhtml, .warc or .warc.gz files in this directory",
                "- -> stdin by Marie Dupont (fr)",
                dir.resolve("blank.html") + ": empty",
                dir.resolve("gone.html") + ": no such file or directory");
    }
}
