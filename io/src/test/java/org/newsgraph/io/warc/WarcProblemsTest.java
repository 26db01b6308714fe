package org.newsgraph.io.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WarcProblemsTest {

    @Test
    void aParseErrorGivesWhereNotTheBytes() {
        IOException e = new IOException("invalid WARC record at position 0: ...Content-Length: -<-- HERE -->5\\r\\n "
                + "(offset 251 in crawl.warc)");
        assertThat(WarcProblems.describe(e, 0)).isEqualTo("a malformed record header (near byte 251)");
    }

    @Test
    void aReopenedReaderCountsFromWhereItStarted() {
        IOException e = new IOException("invalid WARC record at position 7: ...<-- HERE -->x");
        assertThat(WarcProblems.describe(e, 1_000)).isEqualTo("a malformed record header (near byte 1,007)");
    }

    @Test
    void aBadHeaderValueIsNotQuoted() {
        assertThat(WarcProblems.describe(new IllegalArgumentException("parse error at position 4: tet<-- HERE -->/html"), 0))
                .isEqualTo("a malformed header value in a record");
    }

    @Test
    void aBadNumberIsNamed() {
        assertThat(WarcProblems.describe(new NumberFormatException("For input string: \"abc\""), 0))
                .isEqualTo("a record header holds a bad number: \"abc\"");
        assertThat(WarcProblems.describe(new NumberFormatException("For input string: \"" + "9".repeat(60) + "\""), 0))
                .isEqualTo("a record header holds a bad number: \"" + "9".repeat(40) + "\"");
    }

    @Test
    void aCutFileSaysSo() {
        assertThat(WarcProblems.describe(new EOFException("expected 1234 more bytes in file"), 0))
                .isEqualTo("the file ends inside a record (1,234 bytes missing)");
        assertThat(WarcProblems.describe(new EOFException(), 0)).isEqualTo("the file ends inside a record");
    }

    @Test
    void aMessagelessFailureStillSaysSomething() {
        assertThat(WarcProblems.describe(new IllegalStateException(), 0)).isEqualTo("an unreadable record");
        assertThat(WarcProblems.describe(new java.util.zip.ZipException("invalid block type"), 0))
                .isEqualTo("broken gzip compression (invalid block type)");
    }
}
