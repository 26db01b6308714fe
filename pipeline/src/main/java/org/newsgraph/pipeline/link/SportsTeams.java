package org.newsgraph.pipeline.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The national team a country stands for in an article about a match (metonymy: "Sweden beat South
 * Korea" is about two football teams, not two states). An article is about a sport when it uses at
 * least {@value #DISTINCT_CUES} of that sport's own words ("goalkeeper", "World Cup", "FIFA" for
 * football; words such as "goal" or "scored" are left out, being common in other news); a country it
 * names is then looked up as "{country} national football team", Wikipedia's title pattern for such
 * teams. Stateless.
 */
final class SportsTeams {

    private static final int DISTINCT_CUES = 2;

    /** A sport: the words only articles about it use, and the alias of a country's team less the country. */
    private record Sport(Pattern cues, String team) {
    }

    private static final List<Sport> SPORTS = List.of(
            new Sport(cues("rugby", "scrum", "six nations", "fly-half", "rugby world cup"), " national rugby union team"),
            new Sport(cues("cricket", "wicket", "wickets", "batsman", "innings", "test match", "odi"),
                    " national cricket team"),
            // Last: a rugby or cricket article may name a World Cup or a national team too.
            new Sport(cues("football", "soccer", "fifa", "uefa", "world cup", "goalkeeper", "midfielder", "striker",
                    "footballer", "national team"), " national football team"));

    private SportsTeams() {
    }

    private static Pattern cues(String... words) {
        return Pattern.compile("\\b(" + String.join("|", words).replace(" ", "\\s+") + ")\\b");
    }

    /**
     * What follows a country's name in the alias of its team in the sport the text is about (" national
     * football team"), or null when it is about none.
     */
    static @Nullable String teamAlias(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Sport sport : SPORTS) {
            Set<String> found = new HashSet<>();
            Matcher m = sport.cues().matcher(lower);
            while (m.find() && found.size() < DISTINCT_CUES) {
                found.add(m.group(1).replaceAll("\\s+", " "));
            }
            if (found.size() >= DISTINCT_CUES) {
                return sport.team();
            }
        }
        return null;
    }
}
