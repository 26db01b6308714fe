package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.io.warc.WarcArticles;
import org.newsgraph.io.warc.WarcCounts;

/**
 * The line ingest prints after its summary for each WARC input, e.g.
 * {@code crawl.warc.gz: 120 HTML pages, 380 other records skipped}.
 */
final class WarcSummary {

    private WarcSummary() {
    }

    static void print(List<String> inputs, PrintWriter out) {
        for (String input : inputs) {
            if (input.equals("-") || input.matches("(?i)^https?://.*")) {
                continue;
            }
            Path file = Path.of(input);
            if (!Files.isRegularFile(file) || !WarcArticles.isWarc(file)) {
                continue;
            }
            try {
                WarcCounts counts = WarcArticles.count(file);
                out.println(String.format(Locale.ROOT, "%s: %d HTML page%s, %d other record%s skipped", input,
                        counts.pages(), counts.pages() == 1 ? "" : "s", counts.skipped(),
                        counts.skipped() == 1 ? "" : "s"));
            } catch (IOException e) {
                // Already reported as the input's failure.
            }
        }
    }
}
