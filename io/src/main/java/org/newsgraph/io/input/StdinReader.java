package org.newsgraph.io.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Reads standard input, bounded by the size limit: text unless it starts with {@code {}; then JSON
 * Lines if its first line is a whole JSON object, else one JSON object. The article id defaults to
 * "stdin" ("stdin-N" for line N when several JSON lines are given). Put big batches in a .jsonl file:
 * a file is streamed, standard input is read whole.
 */
final class StdinReader {

    static final String NAME = "stdin";

    private final ReadOptions options;

    StdinReader(ReadOptions options) {
        this.options = options;
    }

    Iterator<InputItem> read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        } catch (IOException e) {
            return single(new InputItem.Failed(NAME, InputFiles.reason(e)));
        }
        if (bytes.length > options.maxBytes()) {
            return single(new InputItem.Failed(NAME, "input is over the " + ByteSize.format(options.maxBytes())
                    + " limit (put large batches in a .jsonl file)"));
        }
        List<String> lines = nonBlankLines(bytes);
        boolean json = !lines.isEmpty() && lines.get(0).stripLeading().startsWith("{");
        if (json && JsonArticle.isObject(lines.get(0))) {
            boolean several = lines.size() > 1;
            return new JsonLinesReader(NAME, new ByteArrayInputStream(bytes), options,
                    line -> several ? NAME + "-" + line : NAME);
        }
        try {
            var format = json ? InputFiles.Format.JSON : InputFiles.Format.TEXT;
            return single(new InputItem.Loaded(NAME, new WholeFileReader(options).article(bytes, NAME, format)));
        } catch (UnreadableInputException e) {
            return single(new InputItem.Failed(NAME, e.getMessage()));
        }
    }

    /** The non-blank lines, decoded leniently: only used to choose the format. */
    private static List<String> nonBlankLines(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static Iterator<InputItem> single(InputItem item) {
        return List.of(item).iterator();
    }
}
