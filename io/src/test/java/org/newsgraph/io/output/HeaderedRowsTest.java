package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderedRowsTest {

    private static String line(List<String> values) {
        return String.join("|", values) + "\n";
    }

    @Test
    void theHeaderComesOnceBeforeTheFirstRow() throws Exception {
        StringWriter out = new StringWriter();
        HeaderedRows rows = new HeaderedRows(out, List.of("a", "b"), HeaderedRowsTest::line);

        rows.start();
        rows.row(List.of("1", "2"));
        rows.start();
        rows.row(List.of("3", "4"));
        rows.flush();

        assertThat(out).hasToString("a|b\n1|2\n3|4\n");
    }

    @Test
    void anEmptyTableStillNamesItsColumnsOnFlush() throws Exception {
        StringWriter out = new StringWriter();
        HeaderedRows rows = new HeaderedRows(out, List.of("a", "b"), HeaderedRowsTest::line);

        assertThat(out).hasToString("");
        rows.flush();
        rows.flush();

        assertThat(out).hasToString("a|b\n");
    }
}
