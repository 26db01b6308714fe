package org.newsgraph.store.stories;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;

/**
 * Hand-built campaign news: a week of daily "Donald Trump attacked Hillary Clinton" (ACCUSE, one
 * article a day, 2016-06-01 to 2016-06-07, each over another subject, each at a rally in a named city),
 * and one more on 2016-06-20 after a gap. No CoreNLP.
 */
final class CampaignDocs {

    /** The subject of each day's attack, from 2016-06-01. */
    static final List<String> SUBJECTS = List.of("her emails", "trade deals", "the Iraq war", "her health",
            "the Clinton Foundation", "Wall Street speeches", "Benghazi");
    /** The city of each day's rally, from 2016-06-01. */
    static final List<String> CITIES = List.of("Ohio", "Ohio", "Ohio", "Florida", "Florida", "Iowa", "Iowa");

    private CampaignDocs() {
    }

    /** The seven daily articles in date order, then the late one. */
    static List<Doc> all() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            docs.add(attack("day" + (i + 1), "2016-06-0" + (i + 1), SUBJECTS.get(i), CITIES.get(i)));
        }
        docs.add(attack("late", "2016-06-20", "her judgement", "Ohio"));
        return docs;
    }

    /** "Donald Trump attacked Hillary Clinton over SUBJECT at a rally in CITY." */
    static Doc attack(String id, String day, String subject, String city) {
        return report(id, day, "Donald Trump attacked Hillary Clinton over " + subject + " at a rally in " + city
                + ". Supporters cheered as he spoke.", city);
    }

    /** An article whose first sentence says "Donald Trump attacked Hillary Clinton" and names {@code city}. */
    static Doc report(String id, String day, String text, String city) {
        List<Entity> entities = List.of(StoryDocs.entity(text, "e1", EntityType.PERSON, "Donald Trump"),
                StoryDocs.entity(text, "e2", EntityType.PERSON, "Hillary Clinton"),
                StoryDocs.entity(text, "e3", EntityType.GPE, city));
        Event attack = new Event("v1", "ACCUSE", "disapprove", "111", StoryDocs.span(text, "attacked"),
                List.of(new EventActor(ActorRole.SOURCE, "e1", StoryDocs.span(text, "Donald Trump"), null, null),
                        new EventActor(ActorRole.TARGET, "e2", StoryDocs.span(text, "Hillary Clinton"), null, null)),
                "e3", null, EventStatus.OCCURRED, null);
        return Doc.of(new Article(id, text, null, day, null, "Outlet " + id)).withLanguage("en")
                .withEntities(entities).withEvents(List.of(attack));
    }
}
