package org.newsgraph.pipeline.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.RejectedInputException;

class LanguageGateTest {

    private static final LanguageGate GATE = new LanguageGate();

    @Test
    void germanNewsIsRefusedWithTheLanguageNamed() {
        String german = "Die Bundesregierung hat am Montag neue Hilfen für die Ukraine angekündigt. Der Kanzler sagte "
                + "in Berlin, man werde die Unterstützung fortsetzen, solange es nötig sei. Die Opposition kritisierte "
                + "die Entscheidung als zu spät.";
        assertThatThrownBy(() -> GATE.apply(Doc.of(Article.of("de", german))))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("the text is in German (de); newsgraph analyses English only");
    }

    @Test
    void frenchIsDetected() {
        assertThat(GATE.detect("Le président de la République a annoncé mardi une réforme des retraites, malgré "
                + "l'opposition des syndicats qui appellent à une nouvelle journée de grève dans tout le pays.")).isEqualTo("fr");
    }

    @Test
    void aShortGermanNoteIsRefusedToo() {
        assertThat(GATE.detect("Das ist ein deutscher Text über die Bundesregierung und ihre Pläne für das "
                + "kommende Jahr.")).isEqualTo("de");
    }

    @Test
    void shortTextsAreTakenAsEnglish() {
        assertThat(GATE.detect("said")).isEqualTo("en");
        assertThat(GATE.apply(Doc.of(Article.of("x", "Kim Jong Un arrived."))).language()).isEqualTo("en");
    }

    @Test
    void englishFullOfForeignNamesIsStillEnglish() {
        String text = "Kim Jong Un travelled with Pak Jong Chon, Jo Chun Ryong and Choe Son Hui to Vladivostok, "
                + "where he met Vladimir Putin, Sergei Shoigu and Sergei Lavrov at the Vostochny cosmodrome.";
        assertThat(GATE.detect(text)).isEqualTo("en");
    }
}
