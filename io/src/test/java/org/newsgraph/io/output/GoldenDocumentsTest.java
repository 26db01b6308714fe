package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;

/**
 * Golden files: short news texts written for the tests ({@code src/test/resources/golden/NN-name.txt})
 * and the full document@1 JSON the analyser gives for each ({@code NN-name.json}). Any change of the
 * analysis shows as a diff of these files, to be reviewed like code.
 *
 * <p>Regenerate after an intended change with
 * {@code ./mvnw -o -pl io -am verify -Dtest=GoldenDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 * and read {@code git diff io/src/test/resources/golden} before committing. On a failure the
 * analyser's actual output is left in {@code target/golden-actual/} for a diff.
 */
class GoldenDocumentsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final String PUBLISHED = "2024-03-12";

    @Test
    void everyGoldenTextAnalysesToItsGoldenJson() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSize(12);
        boolean update = Boolean.getBoolean("golden.update");
        Analyzer analyzer = OneAnalyzer.get();
        List<String> differing = new ArrayList<>();
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            String actual = render(analyzer.analyze(new Article(name, Files.readString(text, StandardCharsets.UTF_8)
                    .strip(), null, PUBLISHED, null, null)));
            Path expected = GOLDEN.resolve(name + ".json");
            if (update) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            } else if (!Files.exists(expected) || !Files.readString(expected, StandardCharsets.UTF_8).equals(actual)) {
                Files.createDirectories(ACTUAL);
                Files.writeString(ACTUAL.resolve(name + ".json"), actual, StandardCharsets.UTF_8);
                differing.add(name + firstDifference(expected, actual));
            }
        }
        if (!differing.isEmpty()) {
            fail("analysis differs from the golden files (actual output in " + ACTUAL.toAbsolutePath()
                    + "; diff it against " + GOLDEN + ", and regenerate with -Dgolden.update=true if the change"
                    + " is intended):\n  " + String.join("\n  ", differing));
        }
    }

    private static String render(Doc doc) throws IOException {
        StringWriter out = new StringWriter();
        new PrettyJsonWriter(out).write(doc);
        return out.toString();
    }

    /** ": line N: expected X, got Y", or ": no golden file". */
    private static String firstDifference(Path expected, String actual) throws IOException {
        if (!Files.exists(expected)) {
            return ": no golden file";
        }
        String[] want = Files.readString(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i].strip() : "<end>";
            String g = i < got.length ? got[i].strip() : "<end>";
            if (!w.equals(g)) {
                return ": line " + (i + 1) + ": expected " + w + ", got " + g;
            }
        }
        return ": whitespace only";
    }
}
