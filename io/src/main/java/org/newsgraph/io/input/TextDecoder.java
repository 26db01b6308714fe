package org.newsgraph.io.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of an input into text: refuses binary data and invalid UTF-8 (strictly, naming
 * the first bad byte) and removes a leading byte order mark. Nothing else is changed, not even line
 * ends, because offsets refer to the text.
 */
final class TextDecoder {

    /** How much of the input is sampled for control characters. */
    private static final int SAMPLE_BYTES = 8192;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param baseOffset where {@code bytes} start in their file, so that messages give file offsets
     * @throws UnreadableInputException for binary data or invalid UTF-8
     */
    static String decode(byte[] bytes, long baseOffset) throws UnreadableInputException {
        String problem = binaryProblem(bytes);
        if (problem != null) {
            throw new UnreadableInputException(problem);
        }
        String text = strictUtf8(bytes, baseOffset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Why {@code bytes} are not text (UTF-16, binary), or null if they may be. */
    static @Nullable String binaryProblem(byte[] bytes) {
        if (isUtf16(bytes)) {
            return "UTF-16 text, not UTF-8 (convert it to UTF-8)";
        }
        return isBinary(bytes) ? "binary file, not text" : null;
    }

    /** True for NUL bytes anywhere, or more than 30% control characters in the first 8 kB. */
    private static boolean isBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (i < sample && isControl(b)) {
                control++;
            }
        }
        return control * 10 > sample * 3;
    }

    private static boolean isControl(int b) {
        boolean whitespace = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
        return (b < 0x20 && !whitespace && b != 0x1B) || b == 0x7F;
    }

    private static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private static String strictUtf8(byte[] bytes, long baseOffset) throws UnreadableInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more UTF-16 code units than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableInputException("not valid UTF-8 (byte offset " + (baseOffset + in.position()) + ")");
        }
        return out.flip().toString();
    }
}
