package org.newsgraph.io.input;

import java.util.Locale;

/** Human-readable sizes in decimal units: "812 bytes", "4.2 kB", "12.3 MB". */
final class ByteSize {

    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + UNITS[unit];
    }

    /** "12.3 MB, over the 10 MB limit"; exact byte counts where rounding would hide the difference. */
    static String overLimit(long size, long limit) {
        String sizeText = format(size);
        String limitText = format(limit);
        if (sizeText.equals(limitText)) {
            return String.format(Locale.ROOT, "%,d bytes, over the limit of %,d bytes", size, limit);
        }
        return sizeText + ", over the " + limitText + " limit";
    }
}
