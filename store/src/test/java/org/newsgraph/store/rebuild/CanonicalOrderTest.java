package org.newsgraph.store.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalOrderTest {

    @Test
    void keysJoinDateAndIdWithANul() {
        assertThat(CanonicalOrder.key("k1", "2023-09-12")).isEqualTo("02023-09-12\u0000k1");
        assertThat(CanonicalOrder.key("k1", null)).isEqualTo("1\u0000k1");
        assertThat(CanonicalOrder.articleId(CanonicalOrder.key("a\u00e9-7", "2023"))).isEqualTo("a\u00e9-7");
    }

    @Test
    void datedArticlesComeFirstByDateThenId() {
        List<String> keys = new ArrayList<>(List.of(CanonicalOrder.key("a", null), CanonicalOrder.key("b", "2023-09-12"),
                CanonicalOrder.key("a", "2023-09-12"), CanonicalOrder.key("z", "2023-09"), CanonicalOrder.key("c", "2022")));

        keys.sort(null);

        assertThat(keys.stream().map(CanonicalOrder::articleId)).containsExactly("c", "z", "a", "b", "a");
        assertThat(keys.get(4)).startsWith("1");
    }

    @Test
    void versionsOfOneArticleKeepTheirNumbersInOrder() {
        List<Rebuild.Version> versions = List.of(new Rebuild.Version(3, "b", 2, true, "2023-01-02"),
                new Rebuild.Version(1, "b", 1, false, "2023-01-02"), new Rebuild.Version(2, "a", 1, true, null),
                new Rebuild.Version(4, "c", 1, true, "2023-01-02"));

        assertThat(Rebuild.canonicalOrder(versions).stream().map(Rebuild.Version::id)).containsExactly(1L, 3L, 4L, 2L);
    }
}
