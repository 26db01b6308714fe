package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void aShortFirstLineWithoutFullStopBeforeABlankLineIsTheHeadline() {
        assertThat(Headline.find("Kim Jong Un arrives in Russia\n\nThe train crossed the border on Tuesday."))
                .contains("Kim Jong Un arrives in Russia");
    }

    @Test
    void aHeadlineBeforeAParagraphWithoutBlankLineCounts() {
        assertThat(Headline.find("  Who will win in Ohio?\r\nPolls close at 7.30 p.m.")).contains("Who will win in Ohio?");
    }

    @Test
    void aFirstSentenceIsNoHeadline() {
        assertThat(Headline.find("The train crossed the border.\n\nIt stopped in Khasan.")).isEmpty();
        assertThat(Headline.find("In Moscow, officials said:\nnothing.")).isEmpty();
    }

    @Test
    void aLongFirstLineOrAOneLineTextIsNoHeadline() {
        assertThat(Headline.find("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen twenty twentyone\n\nBody.")).isEmpty();
        assertThat(Headline.find("Kim arrives in Russia")).isEmpty();
        assertThat(Headline.find("Kim arrives in Russia\n\n   \n")).isEmpty();
    }
}
