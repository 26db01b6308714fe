package org.newsgraph.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads lexicon resources: one entry a line, tab-separated columns, '#' comments. */
public final class LexiconFiles {

    private LexiconFiles() {
    }

    /** The non-comment lines of a resource, split on tabs. */
    public static List<String[]> rows(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing from the classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return rows;
    }

    static List<String[]> own(String name) {
        return rows(LexiconFiles.class.getClassLoader(), "org/newsgraph/pipeline/lexicon/" + name);
    }
}
