package org.newsgraph.store.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.actors.PersonName.Part;
import org.newsgraph.store.actors.PersonName.Surname;

/** Person names taken apart: titles, bare name, surname keys. */
class PersonNameTest {

    @Test
    void aSurnameAloneWithOrWithoutHonorificsAndTitles() {
        assertThat(PersonName.parse("Trump")).isEqualTo(
                new PersonName("Trump", List.of(), true, List.of(new Surname("trump", Part.ONLY))));
        assertThat(PersonName.parse("Mr. Lee")).isEqualTo(
                new PersonName("Lee", List.of(), true, List.of(new Surname("lee", Part.ONLY))));
        assertThat(PersonName.parse("President Moon")).isEqualTo(
                new PersonName("Moon", List.of("president"), true, List.of(new Surname("moon", Part.ONLY))));
        assertThat(PersonName.parse("Prime Minister Lee").titles()).containsExactly("prime minister");
        assertThat(PersonName.parse("von der Leyen").surnameKey()).isEqualTo("vonderleyen");
    }

    @Test
    void aFullNameIsKeyedWithoutItsTitlesUnderItsFirstAndLastWords() {
        PersonName trump = PersonName.parse("President Donald Trump");

        assertThat(trump.key()).isEqualTo("donaldtrump");
        assertThat(trump.surnameOnly()).isFalse();
        assertThat(trump.surnameKey()).isEmpty();
        assertThat(trump.surnames()).containsExactly(new Surname("donald", Part.FIRST),
                new Surname("trump", Part.LAST));
        assertThat(PersonName.parse("Kim Jong-un").surnames()).containsExactly(new Surname("kim", Part.FIRST),
                new Surname("jongun", Part.LAST));
        assertThat(PersonName.parse("Secretary of State Antony Blinken").titles())
                .containsExactly("secretary of state");
    }

    @Test
    void suffixesInitialsParticlesAndPrefixesAreSeenThrough() {
        assertThat(PersonName.parse("Martin Luther King Jr.").surnames()).containsExactly(
                new Surname("martin", Part.FIRST), new Surname("king", Part.LAST));
        assertThat(PersonName.parse("Martin Luther King Jr.").key()).isEqualTo("martinlutherkingjr");
        assertThat(PersonName.parse("J. K. Rowling").surnames()).containsExactly(new Surname("rowling", Part.LAST));
        assertThat(PersonName.parse("Ursula von der Leyen").surnames()).containsExactly(
                new Surname("ursula", Part.FIRST), new Surname("leyen", Part.LAST),
                new Surname("vonderleyen", Part.LAST));
        assertThat(PersonName.parse("Bashar al-Assad").surnames()).containsExactly(
                new Surname("bashar", Part.FIRST), new Surname("alassad", Part.LAST),
                new Surname("assad", Part.LAST));
    }

    @Test
    void aNameThatIsOnlyATitleIsKeptWhole() {
        assertThat(PersonName.parse("President")).isEqualTo(
                new PersonName("President", List.of(), true, List.of(new Surname("president", Part.ONLY))));
        assertThat(PersonName.parse("Mr. .")).isEqualTo(new PersonName("Mr. .", List.of(), false, List.of()));
    }

    @Property
    void everySurnameKeyIsANonEmptyNameKey(@ForAll String name) {
        for (Surname surname : PersonName.parse(name).surnames()) {
            assertThat(surname.key()).isNotEmpty().isEqualTo(NameKey.of(surname.key()));
        }
    }
}
