package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.warc.WarcFixtures;

/** A .warc.gz input: one item per HTML page, named after the archive and the page's URL. */
class InputReaderWarcTest {

    @TempDir
    Path dir;

    private List<String> read(String input) {
        InputReader reader = new InputReader(ReadOptions.defaults().withDefaultPublished("2024-01-02"));
        try (Stream<InputItem> items = reader.read(List.of(input))) {
            return items.map(item -> item instanceof InputItem.Loaded loaded
                    ? loaded.name() + " -> " + loaded.article().id() + " " + loaded.article().published()
                    : item.name() + ": " + ((InputItem.Failed) item).reason()).toList();
        }
    }

    @Test
    void htmlPagesOfAnArchive() throws IOException {
        String file = WarcFixtures.write(dir.resolve("crawl.warc.gz")).toString();

        assertThat(read(file)).containsExactly(
                file + ": https://news.example.org/2024/harbour.html -> news.example.org/2024/harbour.html 2024-01-02",
                file + ": https://news.example.org/: no article text found in the page",
                file + ": https://other.example.com/news/library?id=7 -> other.example.com/news/library 2024-01-02");
    }

    @Test
    void aFileThatIsNotAWarc() throws IOException {
        String file = Files.writeString(dir.resolve("notes.warc"), "hello, not an archive").toString();

        assertThat(read(file)).containsExactly(file + ": cannot read the WARC file: a malformed record header (near byte 5)");
    }
}
