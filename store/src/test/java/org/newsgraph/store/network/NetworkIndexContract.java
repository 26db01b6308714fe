package org.newsgraph.store.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.events.EventDocs;

/** What the actor network must be on every database, over three hand-built articles. */
abstract class NetworkIndexContract {

    private ArticleStore store;

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    @BeforeEach
    void storeThree() {
        store = openEmpty();
        store.store(EventDocs.summit());
        store.store(EventDocs.visit());
        store.store(quote());
        store.actors().linkUnlinked();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** w3, 2023-09-13: Putin says something about Kim. */
    static Doc quote() {
        String t = "Vladimir Putin said Kim Jong Un was a good friend.";
        Entity putin = new Entity("e1", EntityType.PERSON, "Vladimir Putin",
                List.of(new Mention(Span.of(t, 0, 14), 0, 2, 1, EntityType.PERSON, MentionKind.NAME)), List.of());
        Entity kim = new Entity("e2", EntityType.PERSON, "Kim Jong Un",
                List.of(new Mention(Span.of(t, 20, 31), 3, 6, 5, EntityType.PERSON, MentionKind.NAME)), List.of());
        Attribution said = new Attribution("a1", AttributionKind.INDIRECT, Span.of(t, 20, t.length() - 1),
                Span.of(t, 15, 19), new Source(Span.of(t, 0, 14), "e1", SourceKind.PERSON), Certainty.REPORTED,
                List.of());
        return Doc.of(new Article("w3", t, "Putin on Kim", "2023-09-13", null, "Test Wire")).withLanguage("en")
                .withEntities(List.of(putin, kim)).withAttributions(List.of(said));
    }

    private Map<Long, String> names(ActorNetwork network) {
        return network.nodes().stream().collect(Collectors.toMap(NetworkNode::actorId, NetworkNode::name));
    }

    private List<String> edges(ActorNetwork network) {
        Map<Long, String> names = names(network);
        return network.edges().stream()
                .map(e -> names.get(e.source()) + " " + e.kind() + " " + names.get(e.target()) + " " + e.count() + " "
                        + e.firstDate() + ".." + e.lastDate() + " " + e.articleIds())
                .sorted().toList();
    }

    @Test
    void eventsQuotesAndMentionsBetweenLinkedActors() {
        ActorNetwork network = store.network().network(NetworkFilter.all());
        boolean kimFirst = store.actors().find("Kim Jong Un").get(0).id() < store.actors().find("Vladimir Putin").get(0).id();

        assertThat(edges(network)).containsExactlyInAnyOrder(
                "Kim Jong Un CONSULT Vladimir Putin 1 2023-09-12..2023-09-12 [w1]",
                "Russia ASSAULT Ukraine 1 2023-09-11..2023-09-11 [w1]",
                "Vladimir Putin quotes Kim Jong Un 1 2023-09-13..2023-09-13 [w3]",
                kimFirst
                        ? "Kim Jong Un mentions Vladimir Putin 2 2023-09-12..2023-09-13 [w1, w3]"
                        : "Vladimir Putin mentions Kim Jong Un 2 2023-09-12..2023-09-13 [w1, w3]");
        assertThat(network.nodes()).extracting(NetworkNode::name, NetworkNode::type, NetworkNode::country,
                        NetworkNode::link, NetworkNode::articleCount)
                .containsExactlyInAnyOrder(tuple("Kim Jong Un", "PERSON", "PRK", null, 2),
                        tuple("Vladimir Putin", "PERSON", "RUS", null, 3),
                        tuple("Russia", "GPE", "RUS", null, 1), tuple("Ukraine", "GPE", "UKR", null, 1));
        assertThat(network.edges()).filteredOn(e -> e.kind().equals("mentions"))
                .allSatisfy(e -> assertThat(e.directed()).isFalse());
    }

    @Test
    void filtersByKindActorDatesAndMentionThreshold() {
        long russia = store.actors().find("Russia").get(0).id();
        long putin = store.actors().find("Vladimir Putin").get(0).id();

        assertThat(edges(store.network().network(new NetworkFilter("assault", null, null, null, 2))))
                .containsExactly("Russia ASSAULT Ukraine 1 2023-09-11..2023-09-11 [w1]");
        assertThat(edges(store.network().network(new NetworkFilter("QUOTES", null, null, null, 2))))
                .containsExactly("Vladimir Putin quotes Kim Jong Un 1 2023-09-13..2023-09-13 [w3]");
        assertThat(store.network().network(new NetworkFilter(null, russia, null, null, 2)).edges())
                .extracting(NetworkEdge::kind).containsExactly("ASSAULT");
        assertThat(store.network().network(new NetworkFilter(null, putin, "2023-09-13", null, 2)).edges())
                .extracting(NetworkEdge::kind).containsExactly("quotes");
        assertThat(store.network().network(new NetworkFilter("mentions", null, null, "2023-09-12", 1)).edges())
                .hasSize(10);
        assertThat(store.network().network(new NetworkFilter("PROTEST", null, null, null, 2)).nodes()).isEmpty();
    }

    @Test
    void theLinksOfThePicturesAreEventsAndQuotesWithoutCountries() {
        ActorNetwork links = store.network().links(NetworkFilter.all());

        assertThat(edges(links)).containsExactlyInAnyOrder(
                "Kim Jong Un CONSULT Vladimir Putin 1 2023-09-12..2023-09-12 [w1]",
                "Russia ASSAULT Ukraine 1 2023-09-11..2023-09-11 [w1]",
                "Vladimir Putin quotes Kim Jong Un 1 2023-09-13..2023-09-13 [w3]");
        assertThat(links.nodes()).extracting(NetworkNode::name, NetworkNode::country, NetworkNode::articleCount)
                .containsExactlyInAnyOrder(tuple("Kim Jong Un", null, 2), tuple("Vladimir Putin", null, 3),
                        tuple("Russia", null, 1), tuple("Ukraine", null, 1));
        assertThat(store.network().links(new NetworkFilter("Mentions", null, null, null, 2)).edges())
                .extracting(NetworkEdge::kind).containsExactly("mentions");
    }
}
