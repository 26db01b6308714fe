package org.newsgraph.pipeline.lexicon;

import java.util.Map;
import java.util.Set;

/**
 * Place names, titles and demonyms from a base NLP library's gazetteers.
 *
 * @param places    lower-cased place name to its kind
 * @param titles    lower-cased titles of office and occupations
 * @param demonyms  lower-cased adjective or demonym ("russian", "north korean") to place name ("Russia")
 * @param firstNames lower-cased given name to the gender it usually has (male or female)
 */
public record Gazetteer(Map<String, PlaceKind> places, Set<String> titles, Map<String, String> demonyms,
        Map<String, Gender> firstNames) {

    public Gazetteer {
        places = Map.copyOf(places);
        titles = Set.copyOf(titles);
        demonyms = Map.copyOf(demonyms);
        firstNames = Map.copyOf(firstNames);
    }
}
