package org.newsgraph.store.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Name keys: spelling variants meet, different names do not. */
class NameKeyTest {

    @Test
    void variantsOfSpacingHyphensDotsCaseAndAccentsShareAKey() {
        assertThat(NameKey.of("Kim Jong Un")).isEqualTo("kimjongun");
        assertThat(NameKey.of("Kim Jong-un")).isEqualTo("kimjongun");
        assertThat(NameKey.of("Choe Son-hui")).isEqualTo(NameKey.of("Choe Son Hui"));
        assertThat(NameKey.of("U.S.")).isEqualTo("us");
        assertThat(NameKey.of("José Martí")).isEqualTo("josemarti");
        assertThat(NameKey.of("O'Brien")).isEqualTo("obrien");
        assertThat(NameKey.of("G7")).isEqualTo("g7");
        assertThat(NameKey.of(" - . ")).isEmpty();
    }

    @Test
    void differentFullNamesHaveDifferentKeys() {
        assertThat(NameKey.of("Kim Jong Un")).isNotEqualTo(NameKey.of("Kim Jong Il"));
        assertThat(NameKey.of("Vladimir Putin")).isNotEqualTo(NameKey.of("Putin"));
    }

    @Property
    void aKeyIsItsOwnKeyAndIgnoresCaseAndSeparators(@ForAll @AlphaChars @StringLength(max = 20) String first,
            @ForAll @AlphaChars @StringLength(max = 20) String last) {
        String key = NameKey.of(first + " " + last);
        assertThat(NameKey.of(key)).isEqualTo(key);
        assertThat(NameKey.of(first.toUpperCase(Locale.ROOT) + "-" + last + ".")).isEqualTo(key);
    }
}
