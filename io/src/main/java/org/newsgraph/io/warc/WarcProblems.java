package org.newsgraph.io.warc;

import java.io.EOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One short line for a user about a record jwarc could not read, instead of the parser's message
 * (which quotes up to a hundred bytes of the file, escaped) or a bare {@code NumberFormatException}.
 */
final class WarcProblems {

    /**
     * jwarc's parse errors say where the parser stopped in its buffer ("at position P") and, when it
     * knows the file, where that buffer starts in it ("(offset O in name)").
     */
    private static final Pattern POSITION = Pattern.compile("^invalid WARC record at position (\\d+)");
    private static final Pattern OFFSET = Pattern.compile("\\(offset (\\d+) in [^)]*\\)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("For input string: \"([^\"]{0,40})[^\"]*\"?.*");
    private static final Pattern MISSING = Pattern.compile("expected (\\d+) more bytes.*");

    private WarcProblems() {
    }

    /**
     * What is wrong, e.g. "a malformed record header (near byte 251)".
     *
     * @param base where in the file the reader that failed started reading (0, or where it was reopened)
     */
    static String describe(Throwable e, long base) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        Matcher position = POSITION.matcher(message);
        if (position.find()) {
            Matcher offset = OFFSET.matcher(message);
            long start = offset.find() ? Long.parseLong(offset.group(1)) : base;
            return String.format(Locale.ROOT, "a malformed record header (near byte %,d)",
                    start + Long.parseLong(position.group(1)));
        }
        if (message.contains("<-- HERE -->")) {
            // jwarc's parser for one header's value (a media type, a date) quoting the value.
            return "a malformed header value in a record";
        }
        Matcher number = NUMBER.matcher(message);
        if (e instanceof NumberFormatException && number.matches()) {
            return "a record header holds a bad number: \"" + number.group(1) + "\"";
        }
        Matcher missing = MISSING.matcher(message);
        if (missing.matches()) {
            return String.format(Locale.ROOT, "the file ends inside a record (%,d bytes missing)",
                    Long.parseLong(missing.group(1)));
        }
        if (e instanceof EOFException) {
            return "the file ends inside a record";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "broken gzip compression" + (message.isEmpty() ? "" : " (" + firstLine(message) + ")");
        }
        return message.isEmpty() ? "an unreadable record" : firstLine(message);
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
