package org.newsgraph.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcledCategoryTest {

    private static String of(String type, String mode) {
        return AcledCategory.of(type, mode).map(c -> c.disorder() + " | " + c.event() + " | " + c.subEvent())
                .orElse("none");
    }

    @Test
    void assaultsBecomeViolenceByTheirMode() {
        assertThat(of("ASSAULT", null)).isEqualTo("Political violence | Battles | Armed clash");
        assertThat(of("ASSAULT", "firearms")).isEqualTo("Political violence | Battles | Armed clash");
        assertThat(of("ASSAULT", "aerial")).isEqualTo("Political violence | Explosions/Remote violence | Air/drone strike");
        assertThat(of("ASSAULT", "heavy-weapons"))
                .isEqualTo("Political violence | Explosions/Remote violence | Shelling/artillery/missile attack");
        assertThat(of("ASSAULT", "abduct"))
                .isEqualTo("Political violence | Violence against civilians | Abduction/forced disappearance");
        assertThat(of("ASSAULT", "crowd-control"))
                .isEqualTo("Political violence; Demonstrations | Protests | Excessive force against protesters");
        assertThat(of("ASSAULT", "destroy")).isEqualTo("Strategic developments | Strategic developments | "
                + "Looting/property destruction");
    }

    @Test
    void protestsAreRiotsOnlyWhenViolent() {
        assertThat(of("PROTEST", "demo")).isEqualTo("Demonstrations | Protests | Peaceful protest");
        assertThat(of("PROTEST", null)).isEqualTo("Demonstrations | Protests | Peaceful protest");
        assertThat(of("PROTEST", "riot")).isEqualTo("Demonstrations | Riots | Violent demonstration");
    }

    @Test
    void strategicDevelopmentsAndWhatAcledDoesNotCode() {
        assertThat(of("COERCE", "arrest")).isEqualTo("Strategic developments | Strategic developments | Arrests");
        assertThat(of("MOBILIZE", "troops"))
                .isEqualTo("Strategic developments | Strategic developments | Change to group/activity");
        assertThat(of("AGREE", null)).isEqualTo("Strategic developments | Strategic developments | Agreement");
        assertThat(of("RETREAT", "ceasefire")).isEqualTo("Strategic developments | Strategic developments | Agreement");
        assertThat(of("COERCE", "censor")).isEqualTo("none");
        assertThat(of("RETREAT", "resign")).isEqualTo("none");
        assertThat(of("CONSULT", "visit")).isEqualTo("none");
        assertThat(of("ACCUSE", null)).isEqualTo("none");
        assertThat(of("SANCTION", null)).isEqualTo("none");
    }
}
