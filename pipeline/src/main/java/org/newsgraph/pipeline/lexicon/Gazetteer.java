package org.newsgraph.pipeline.lexicon;

import java.util.Map;
import java.util.Set;

/**
 * Place names, titles and demonyms from a base NLP library's gazetteers.
 *
 * @param places    lower-cased place name to kind: "COUNTRY", "STATE_OR_PROVINCE" or "CITY"
 * @param titles    lower-cased titles of office and occupations
 * @param demonyms  lower-cased adjective or demonym ("russian", "north korean") to place name ("Russia")
 * @param firstNames lower-cased given name to the gender it usually has: "male" or "female"
 */
public record Gazetteer(Map<String, String> places, Set<String> titles, Map<String, String> demonyms,
        Map<String, String> firstNames) {

    public Gazetteer {
        places = Map.copyOf(places);
        titles = Set.copyOf(titles);
        demonyms = Map.copyOf(demonyms);
        firstNames = Map.copyOf(firstNames);
    }
}
