package org.newsgraph.pipeline.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.pipeline.lexicon.Gazetteer;
import org.newsgraph.pipeline.lexicon.Gender;
import org.newsgraph.pipeline.lexicon.PlaceKind;

/**
 * Reads the gazetteers that ship in CoreNLP's models jar (the KBP fine-grained NER lists and the
 * demonym table of its coreference system) as plain word lists. Looking words up in these maps is
 * far cheaper than running CoreNLP's fine-grained NER over every token.
 */
public final class CoreNlpGazetteers {

    private static final String KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private CoreNlpGazetteers() {
    }

    /** Loads the lists (about half a second). */
    public static Gazetteer load() {
        Map<String, PlaceKind> places = new HashMap<>();
        Set<String> titles = new HashSet<>();
        lines(KBP, line -> {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                return;
            }
            int tab2 = line.indexOf('\t', tab + 1);
            String name = line.substring(0, tab);
            String label = line.substring(tab + 1, tab2 < 0 ? line.length() : tab2);
            switch (label) {
                case "TITLE" -> titles.add(name.toLowerCase(Locale.ROOT));
                case "COUNTRY", "STATE_OR_PROVINCE", "CITY" -> {
                    // The CITY list also holds derived forms ("x-born", "x-area"): skip anything hyphenated.
                    if (name.indexOf('-') < 0 && name.length() > 2 && name.chars().noneMatch(Character::isDigit)) {
                        places.putIfAbsent(name.toLowerCase(Locale.ROOT), PlaceKind.valueOf(label));
                    }
                }
                default -> { }
            }
        });
        Map<String, String> demonyms = new HashMap<>();
        lines(DEMONYMS, line -> {
            if (line.startsWith("#")) {
                return;
            }
            String[] cols = line.split("\t");
            for (int i = 1; i < cols.length; i++) {
                if (!cols[i].isBlank()) {
                    demonyms.putIfAbsent(cols[i].strip().toLowerCase(Locale.ROOT), cols[0].strip());
                }
            }
        });
        Map<String, Gender> firstNames = new HashMap<>();
        lines(NAME_GENDERS, line -> {
            String[] cols = line.split("\t");
            if (cols.length == 2 && (cols[1].equals("MALE") || cols[1].equals("FEMALE"))) {
                firstNames.put(cols[0].toLowerCase(Locale.ROOT), Gender.valueOf(cols[1]));
            }
        });
        return new Gazetteer(places, titles, demonyms, firstNames);
    }

    private static void lines(String resource, Consumer<String> consumer) {
        InputStream in = CoreNlpGazetteers.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("CoreNLP models jar lacks " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                consumer.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
