package org.newsgraph.pipeline.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * All word lists of the rule layer, loaded once. Lookups are case-insensitive unless said otherwise.
 * Immutable and thread-safe.
 */
public final class Lexicons {

    private final Map<String, String> seatsOfPower;
    private final Set<String> regions;
    private final Set<String> placeHeads;
    private final Map<String, Gender> honorifics;
    private final Map<String, EntityType> nominals;
    private final Set<String> eventHeads;
    private final Map<String, String> countryCodes;
    private final Map<String, String> countryNames;
    private final Set<String> titles;
    private final Set<String> kinship;
    private final Gazetteer gazetteer;

    public Lexicons(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.seatsOfPower = twoColumns("seats-of-power.tsv");
        this.regions = oneColumn("regions.txt");
        this.placeHeads = oneColumn("place-heads.txt");
        this.honorifics = honorifics();
        this.eventHeads = oneColumn("event-heads.txt");
        this.kinship = oneColumn("kinship.txt");
        Map<String, EntityType> nominalMap = new HashMap<>();
        twoColumns("nominals.tsv").forEach((k, v) -> nominalMap.put(k, EntityType.valueOf(v)));
        this.nominals = Map.copyOf(nominalMap);
        Set<String> allTitles = new HashSet<>(gazetteer.titles());
        allTitles.addAll(oneColumn("titles.txt"));
        this.titles = Set.copyOf(allTitles);
        Map<String, String> codes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            String name = country.getDisplayCountry(Locale.ENGLISH);
            String iso3 = country.getISO3Country();
            codes.put(key(name), iso3);
            names.putIfAbsent(iso3, name);
        }
        for (String[] row : LexiconFiles.own("country-aliases.tsv")) {
            codes.put(key(row[0]), row[1]);
        }
        names.put("USA", "United States");
        names.put("GBR", "United Kingdom");
        names.put("EU", "European Union");
        this.countryCodes = Map.copyOf(codes);
        this.countryNames = Map.copyOf(names);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    private static Set<String> oneColumn(String file) {
        Set<String> set = new HashSet<>();
        for (String[] row : LexiconFiles.own(file)) {
            set.add(key(row[0]));
        }
        return Set.copyOf(set);
    }

    private static Map<String, String> twoColumns(String file) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : LexiconFiles.own(file)) {
            map.put(key(row[0]), row[1].strip());
        }
        return Map.copyOf(map);
    }

    private static Map<String, Gender> honorifics() {
        Map<String, Gender> map = new HashMap<>();
        twoColumns("honorifics.tsv").forEach((word, gender) -> map.put(word, Gender.of(gender)));
        return Map.copyOf(map);
    }

    /** ISO alpha-3 code of the country a seat of power belongs to ("Kremlin" → "RUS"). */
    public Optional<String> seatOfPower(String name) {
        return Optional.ofNullable(seatsOfPower.get(key(name)));
    }

    public boolean isRegion(String name) {
        return regions.contains(key(name));
    }

    /** True if the word makes a place name a geographical feature: "Sea", "River"... */
    public boolean isPlaceHead(String word) {
        return placeHeads.contains(key(word));
    }

    /** The gender an honorific implies ({@link Gender#UNKNOWN} for "Dr."), if the word is one. */
    public Optional<Gender> honorific(String word) {
        return Optional.ofNullable(honorifics.get(key(word)));
    }

    /** The entity type of specific things this common noun names: "train" → VEHICLE. */
    public Optional<EntityType> nominalType(String lemma) {
        return Optional.ofNullable(nominals.get(key(lemma)));
    }

    public boolean isEventHead(String word) {
        return eventHeads.contains(key(word));
    }

    public boolean isTitle(String phrase) {
        return titles.contains(key(phrase));
    }

    public boolean isKinship(String word) {
        return kinship.contains(key(word));
    }

    /** ISO 3166 alpha-3 code of a country name or alias ("US", "North Korea"). */
    public Optional<String> countryCode(String name) {
        String k = key(name);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return Optional.ofNullable(countryCodes.get(k));
    }

    /** The usual English name of a country code ("USA" → "United States"). */
    public Optional<String> countryName(String iso3) {
        return Optional.ofNullable(countryNames.get(iso3));
    }

    /** The place a demonym or adjective refers to: "Russian" → "Russia". */
    public Optional<String> demonymPlace(String word) {
        return Optional.ofNullable(gazetteer.demonyms().get(key(word)));
    }

    /**
     * The gender a given name usually has (male or female). Weak evidence: many names are also
     * family names ("Kim"), so use it only to choose between candidates.
     */
    public Optional<Gender> firstNameGender(String name) {
        return Optional.ofNullable(gazetteer.firstNames().get(key(name)));
    }

    /** The kind of place a known place name names. */
    public Optional<PlaceKind> placeKind(String name) {
        if (countryCode(name).isPresent()) {
            return Optional.of(PlaceKind.COUNTRY);
        }
        return Optional.ofNullable(gazetteer.places().get(key(name)));
    }
}
