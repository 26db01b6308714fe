package org.newsgraph.io.html;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which hosts a fetch may reach when private addresses are not allowed: only public unicast
 * addresses. Refused are loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16, fc00::/7,
 * fec0::/10), shared carrier-grade NAT space (100.64/10), link-local (169.254/16, fe80::/10),
 * multicast (224/4, ff00::/8), unspecified and "this network" (0/8, ::), reserved and broadcast
 * (240/4), and IPv6 forms that carry such an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64
 * 64:ff9b::/96, 6to4 2002::/16). A host written as a number in a form other than a dotted quad
 * ({@code 2130706433}, {@code 0x7f.1}, {@code 017700000001}, {@code 127.1}) is refused whatever it
 * decodes to, since resolvers disagree on what such forms mean.
 *
 * <p>Stateless and thread-safe.
 */
public final class AddressPolicy {

    /** What inet_aton(3) takes: one to four parts, each decimal, octal (leading 0) or hex (0x). */
    private static final Pattern NUMERIC_HOST = Pattern.compile(
            "(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    private AddressPolicy() {
    }

    /**
     * Why {@code host} (as in a URL, IPv6 literals in brackets or not) may not be fetched, before
     * any name resolution: empty if it is a name to resolve or a public address literal.
     */
    public static Optional<String> refuseLiteral(String host) {
        Objects.requireNonNull(host, "host");
        String bare = bare(host);
        if (NUMERIC_HOST.matcher(bare).matches() && !DOTTED_QUAD.matcher(bare).matches()) {
            return Optional.of(bare + " is a numeric address in a non-standard form"
                    + decoded(bare).map(a -> " (" + a.getHostAddress() + ")").orElse(""));
        }
        return Optional.empty();
    }

    /**
     * Why {@code address} may not be fetched ({@code "a loopback address"}, ...), or empty for a
     * public unicast address.
     */
    public static Optional<String> refusal(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusal4(b);
        }
        if (address instanceof Inet6Address) {
            return refusal6(b);
        }
        return Optional.of("not an IP address");
    }

    private static Optional<String> refusal4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        String kind;
        if (first == 0) {
            kind = "an unspecified (\"this network\") address";
        } else if (first == 127) {
            kind = "a loopback address";
        } else if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            kind = "a private address";
        } else if (first == 100 && (second & 0xc0) == 64) {
            kind = "a shared (carrier-grade NAT) address";
        } else if (first == 169 && second == 254) {
            kind = "a link-local address";
        } else if ((first & 0xf0) == 224) {
            kind = "a multicast address";
        } else if ((first & 0xf0) == 240) {
            kind = "a reserved or broadcast address";
        } else {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    private static Optional<String> refusal6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (allZero(b, 0, 16)) {
            return Optional.of("an unspecified address");
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return Optional.of("a loopback address");
        }
        if (first == 0xff) {
            return Optional.of("a multicast address");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("a link-local address");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0 || (first & 0xfe) == 0xfc) {
            return Optional.of("a private address");
        }
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12);
        boolean nat64 = first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return embedded(b, 12);
        }
        if (first == 0x20 && second == 0x02) {
            return embedded(b, 2);
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int from) {
        byte[] v4 = {b[from], b[from + 1], b[from + 2], b[from + 3]};
        return refusal4(v4).map(kind -> "an IPv6 address carrying " + (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "."
                + (v4[2] & 0xff) + "." + (v4[3] & 0xff) + ", " + kind);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The host without the brackets of an IPv6 literal or a trailing dot, lower-cased. */
    static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }

    /** What inet_aton(3) makes of a numeric host, if it is one it accepts. */
    static Optional<InetAddress> decoded(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                values[i] = p.startsWith("0x") ? (p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16))
                        : p.length() > 1 && p.startsWith("0") ? Long.parseLong(p.substring(1), 8) : Long.parseLong(p);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        long value = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            value = value << 8 | values[i];
        }
        int lastBits = 8 * (5 - values.length);
        long last = values[values.length - 1];
        if (last >= 1L << lastBits) {
            return Optional.empty();
        }
        value = value << lastBits | last;
        byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(b));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
