package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** The broad trigger detector on hand-tagged sentences (no parse, no CoreNLP). */
class TriggerFinderTest {

    private static final TriggerFinder FINDER = new TriggerFinder();

    /** A one-sentence document from "word/TAG" or "word/TAG/lemma" items (the lemma defaults to the word). */
    private static Doc tagged(String items) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : items.split(" ")) {
            String[] parts = item.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(tokens.size(), 0, start, text.length(), parts[0], lemma, parts[1], "O"));
        }
        return Doc.of(Article.of("t", text.toString()))
                .withAnalysis(tokens, List.of(new Sentence(0, 0, tokens.size(), List.of())), List.of(), List.of());
    }

    private static List<String> triggers(String tagged) {
        return FINDER.find(tagged(tagged)).stream().map(t -> t.span().text() + "/" + t.kind()).toList();
    }

    @Test
    void mainVerbsEventNounsAndStateAdjectivesAreTriggers() {
        assertThat(triggers("Two/CD climbers/NNS were/VBD/be found/VBN/find dead/JJ after/IN the/DT avalanche/NN ./."))
                .containsExactly("found/VERB", "dead/ADJECTIVE", "avalanche/NOUN");
    }

    @Test
    void aMonthNameIsNoMarch() {
        assertThat(triggers("Texas/NNP votes/VBZ/vote on/IN March/NNP 1/CD and/CC the/DT march/NN follows/VBZ/follow ./."))
                .containsExactly("votes/VERB", "march/NOUN", "follows/VERB");
    }

    @Test
    void beHaveAndDoAreStatesNotEvents() {
        assertThat(triggers("The/DT heist/NN is/VBZ/be over/RB and/CC police/NNS have/VBP no/DT suspect/NN ./."))
                .containsExactly("heist/NOUN");
    }

    @Test
    void everyNounOfThePloverLexiconIsATrigger() {
        assertThat(triggers("The/DT airstrike/NN and/CC the/DT curfew/NN followed/VBD/follow the/DT walkout/NN ./."))
                .containsExactly("airstrike/NOUN", "curfew/NOUN", "followed/VERB", "walkout/NOUN");
    }

    @Test
    void triggersComeInTextOrderWithTheirTokens() {
        Doc doc = tagged("Rebels/NNS attacked/VBD/attack a/DT convoy/NN");
        Trigger attacked = FINDER.find(doc).get(0);
        assertThat(attacked).isEqualTo(new Trigger(1, doc.span(1, 2), TriggerKind.VERB));
    }

    @Test
    void aDocumentWithoutTokensIsRefused() {
        assertThatThrownBy(() -> FINDER.find(Doc.of(Article.of("x", "Nothing."))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokens and sentences");
    }
}
