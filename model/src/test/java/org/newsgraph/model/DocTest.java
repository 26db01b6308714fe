package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocTest {

    @Test
    void withMethodsReturnANewDocAndRecordTheFacet() {
        Doc empty = Doc.of(Article.of("a1", "Text."));
        Doc withLanguage = empty.withLanguage("en");
        assertThat(empty.has(Facet.LANGUAGE)).isFalse();
        assertThat(withLanguage.has(Facet.LANGUAGE)).isTrue();
        assertThat(withLanguage.language()).isEqualTo("en");
    }

    @Test
    void listsAreCopiedSoCallersCannotChangeARecord() {
        List<Role> roles = new ArrayList<>();
        Span span = Span.of("Kim", 0, 3);
        Mention mention = new Mention(span, 0, 1, 0, EntityType.PERSON, MentionKind.NAME);
        Entity entity = new Entity("e1", EntityType.PERSON, "Kim", List.of(mention), roles);
        roles.add(new Role("leader", null, span));
        assertThat(entity.roles()).isEmpty();
        assertThatThrownBy(() -> entity.mentions().add(mention)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsRejectInvalidValues() {
        Span span = Span.of("Kim", 0, 3);
        assertThatThrownBy(() -> new Entity("e1", EntityType.PERSON, "Kim", List.of(), List.of()))
                .hasMessage("entity e1 has no mention");
        assertThatThrownBy(() -> new Mention(span, 2, 1, 2, EntityType.PERSON, MentionKind.NAME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Article(" ", "x", null, null, null, null)).hasMessage("article id is blank");
        assertThatThrownBy(() -> new Measure(Double.NaN, "km")).hasMessageContaining("not finite");
    }
}
