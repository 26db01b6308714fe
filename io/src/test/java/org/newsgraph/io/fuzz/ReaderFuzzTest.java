package org.newsgraph.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.input.ReadOptions;

class ReaderFuzzTest {

    @Test
    void messagesAUserCanReadPass() {
        assertThat(ReaderFuzz.messageProblem("binary file, not text")).isNull();
        assertThat(ReaderFuzz.messageProblem("line 3: malformed JSON: Unexpected end-of-input (column 12)")).isNull();
    }

    @Test
    void messagesThatLeakOrSayNothingAreCaught() {
        assertThat(ReaderFuzz.messageProblem(" ")).isEqualTo("a blank failure message");
        assertThat(ReaderFuzz.messageProblem("one\ntwo")).isEqualTo("a failure message over several lines");
        assertThat(ReaderFuzz.messageProblem("internal: java.lang.IllegalStateException")).isEqualTo(
                "a failure message naming a Java class");
        assertThat(ReaderFuzz.messageProblem("x".repeat(201))).isEqualTo("a failure message over 200 characters");
        assertThat(ReaderFuzz.messageProblem("cannot read the WARC file: For input string: \"abc\"")).isEqualTo(
                "a failure message with a library's internals (For input string)");
        assertThat(ReaderFuzz.messageProblem("cannot read the WARC file: null")).isEqualTo(
                "a failure message without its reason (null)");
    }

    @Test
    void aFileIsReadAndCounted(@TempDir Path scratch) {
        ReaderFuzz fuzz = new ReaderFuzz(scratch, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, null));
        byte[] lines = ("{\"id\": \"a\", \"text\": \"The council met.\"}\n\u0000\n{\"text\": 5}\n")
                .getBytes(StandardCharsets.UTF_8);

        ReaderFuzz.Outcome outcome = fuzz.read(new HostileFiles.HostileFile("x.jsonl", HostileFiles.Kind.JSONL, 0, lines));

        assertThat(outcome.articles()).isEqualTo(1);
        assertThat(outcome.failures()).isEqualTo(2);
        assertThat(outcome.violations()).isEmpty();
        assertThat(scratch.resolve("x.jsonl")).doesNotExist();
    }

    @Test
    void aFeedThatIsNotOneIsOneFailure(@TempDir Path scratch) {
        ReaderFuzz fuzz = new ReaderFuzz(scratch, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, null));
        byte[] xml = "<rss><channel><item>".getBytes(StandardCharsets.UTF_8);

        ReaderFuzz.Outcome outcome = fuzz.read(new HostileFiles.HostileFile("f.xml", HostileFiles.Kind.FEED, 0, xml));

        assertThat(outcome.articles()).isZero();
        assertThat(outcome.failures()).isEqualTo(1);
        assertThat(outcome.ok()).isTrue();
    }
}
