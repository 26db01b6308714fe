package org.newsgraph.store.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimKeysTest {

    @Test
    void aClaimIsFromItsSourcesActorElseItsWordsButNeverFromAPronoun() {
        assertThat(ClaimLinker.sourceKey(12L, "he")).isEqualTo("a:12");
        assertThat(ClaimLinker.sourceKey(null, "The Health Ministry")).isEqualTo("n:health ministry");
        assertThat(ClaimLinker.sourceKey(null, "He")).isEmpty();
        assertThat(ClaimLinker.sourceKey(null, "who")).isEmpty();
        assertThat(ClaimLinker.sourceKey(null, null)).isEmpty();
    }
}
