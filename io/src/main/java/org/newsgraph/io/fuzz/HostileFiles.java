package org.newsgraph.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Generated hostile input files for the readers: broken encodings, runs of characters that tokenisers
 * and quote finders choke on, malformed and deeply nested JSON, tag soup, damaged WARC records and
 * feeds with DOCTYPEs and entity bombs. The same seed always gives the same file, so a failure found
 * by the fuzz suite or by {@code newsgraph bench --fuzz} is reproduced from its seed alone.
 *
 * <p>Most files start from something well formed and are then damaged (cut, bytes flipped, a length
 * made wrong), because a file that is garbage from its first byte only exercises the first check.
 */
public final class HostileFiles {

    /** The kinds of file the readers take, each with the extension that selects its reader. */
    public enum Kind {
        TEXT(".txt"), JSON(".json"), JSONL(".jsonl"), HTML(".html"), WARC(".warc"), WARC_GZ(".warc.gz"), FEED(".xml");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** The file name extension, with its dot. */
        public String extension() {
            return extension;
        }
    }

    /**
     * One generated file.
     *
     * @param name  a file name carrying the kind's extension and the seed, e.g. {@code fuzz-42.jsonl}
     * @param kind  which reader it is for
     * @param seed  what generated it
     * @param bytes its content
     */
    public record HostileFile(String name, Kind kind, long seed, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /** Characters that break naive text handling, one per entry (some are two UTF-16 units). */
    private static final String[] ODD = {"\u200B", "\u200D", "\uFEFF", "\u202E", "\u0301", "\u00A0", "\u2028",
        "\u0000", "\r", "\r\n", "\t", "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "``", "''", "\u00AB",
        "\u00BB", "\u2014", "-", "...", "\u2026", "!", "?", ".", "<", ">", "&", "&amp;", "&#0;", "\\", "{", "}",
        "[", "]", "\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDF8", "\u0627\u0644", "\u4E2D\u6587", "\uFFFD", "\uFFFF",
        "\uD800", "\uDC00", "\u0085", "\u000C"};

    private static final String[] WORDS = {"The", "minister", "said", "on", "Monday", "that", "\"we", "will\"",
        "according", "to", "officials", "Kim", "Jong", "Un", "Moscow", "2023", "$5", "million", "37", "miles",
        "per", "hour", "alleged", "reportedly", "Putin", "told", "reporters", "in", "the", "capital", "."};

    private final int maxBytes;

    /** @param maxBytes about the largest file to generate (at least 64) */
    public HostileFiles(int maxBytes) {
        if (maxBytes < 64) {
            throw new IllegalArgumentException("maxBytes must be at least 64: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The file of {@code kind} that {@code seed} gives. */
    public HostileFile generate(Kind kind, long seed) {
        Random random = new Random(seed * 31 + kind.ordinal());
        byte[] bytes = switch (kind) {
            case TEXT -> text(random);
            case JSON -> utf8(json(random));
            case JSONL -> jsonLines(random);
            case HTML -> html(random);
            case WARC -> damage(random, warc(random, false), 0.5);
            case WARC_GZ -> damage(random, warc(random, true), 0.5);
            case FEED -> utf8(feed(random));
        };
        String name = "fuzz-" + Long.toUnsignedString(seed) + kind.extension();
        return new HostileFile(name, kind, seed, bytes);
    }

    // --- text ---

    private byte[] text(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> randomBytes(random);
            case 1 -> brokenUtf8(random, utf8(prose(random)));
            case 2 -> prose(random).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            case 3 -> utf8(run(random, ODD[random.nextInt(ODD.length)]));
            case 4 -> utf8(random.nextBoolean() ? "" : " \n\t\r\n ".repeat(random.nextInt(50)));
            case 5 -> bom(random, utf8(prose(random)));
            case 6 -> utf8(prose(random).replace("\n", random.nextBoolean() ? "\r" : "\r\n"));
            default -> utf8(prose(random).replace("\n", " "));
        };
    }

    /** English-looking words with odd characters and unbalanced quotes mixed in, in paragraphs. */
    private String prose(Random random) {
        StringBuilder sb = new StringBuilder();
        int target = 1 + random.nextInt(maxBytes / 2);
        while (sb.length() < target) {
            int roll = random.nextInt(20);
            if (roll == 0) {
                sb.append(ODD[random.nextInt(ODD.length)].repeat(1 + random.nextInt(200)));
            } else if (roll == 1) {
                sb.append("\n\n");
            } else if (roll == 2) {
                sb.append(ODD[random.nextInt(ODD.length)]);
            } else {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
        }
        return sb.toString();
    }

    /** One string repeated to a random length within the limit. */
    private String run(Random random, String unit) {
        return unit.repeat(1 + random.nextInt(Math.max(1, maxBytes / 4 / Math.max(1, unit.length()))));
    }

    private byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(maxBytes)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Invalid UTF-8 put in at random places: lone continuation bytes, cut sequences, overlong forms. */
    private static byte[] brokenUtf8(Random random, byte[] valid) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF}, {(byte) 0xFE}, {0}};
        ByteArrayOutputStream out = new ByteArrayOutputStream(valid.length + 64);
        for (byte b : valid) {
            if (random.nextInt(50) == 0) {
                out.writeBytes(bad[random.nextInt(bad.length)]);
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] bom(Random random, byte[] body) {
        byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
        byte[] bom = boms[random.nextInt(boms.length)];
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    // --- JSON ---

    private String json(Random random) {
        String text = jsonString(prose(random));
        return switch (random.nextInt(12)) {
            case 0 -> "{\"id\": \"a\", \"text\": " + text;
            case 1 -> "{\"text\": " + randomJsonValue(random) + "}";
            case 2 -> "[".repeat(1 + random.nextInt(Math.min(20_000, maxBytes))) + "]";
            case 3 -> "{\"text\":".repeat(1 + random.nextInt(Math.min(5_000, maxBytes / 8)));
            case 4 -> "{\"id\": " + randomJsonValue(random) + ", \"text\": " + text + ", \"published\": "
                    + randomJsonValue(random) + "}";
            case 5 -> "{\"text\": \"\\ud800 lone \\udc00 surrogates \\u0000 nul\", \"title\": \"\\uDBFF\"}";
            case 6 -> "{\"text\": " + text + ", \"text\": " + text + "}";
            case 7 -> "{\"id\": \"a\", \"text\": " + text + "} trailing {\"x\": 1}";
            case 8 -> "{\"text\": " + "1".repeat(1 + random.nextInt(Math.min(50_000, maxBytes))) + "}";
            case 9 -> "{\"id\": \"" + "../".repeat(1 + random.nextInt(40)) + "etc/passwd\", \"text\": " + text + "}";
            case 10 -> new String(damage(random, utf8("{\"id\": \"a\", \"title\": \"T\", \"text\": " + text + "}"), 1.0),
                    StandardCharsets.UTF_8);
            default -> "{\"id\": \"" + "x".repeat(1 + random.nextInt(Math.min(100_000, maxBytes))) + "\", \"text\": " + text + "}";
        };
    }

    private static String randomJsonValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "null";
            case 1 -> "12345678901234567890123456789";
            case 2 -> "[\"a\", \"b\"]";
            case 3 -> "{\"nested\": {\"text\": \"x\"}}";
            case 4 -> "true";
            case 5 -> "\"\"";
            case 6 -> "-1e999";
            default -> "\"   \"";
        };
    }

    private byte[] jsonLines(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = 1 + random.nextInt(8);
        HostileFiles small = new HostileFiles(Math.max(64, maxBytes / lines));
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.writeBytes(new byte[1 + random.nextInt(4)]);
                case 1 -> out.writeBytes(utf8(" \t "));
                case 2 -> out.writeBytes(utf8("{\"id\": \"ok-" + i + "\", \"text\": \"The council met on Monday.\"}"));
                case 3 -> out.writeBytes(brokenUtf8(random, utf8("{\"text\": \"Caf\u00E9 society met.\"}")));
                default -> out.writeBytes(utf8(small.json(random).replace("\n", " ")));
            }
            if (i < lines - 1 || random.nextBoolean()) {
                out.writeBytes(utf8(random.nextInt(3) == 0 ? "\r\n" : "\n"));
            }
        }
        return out.toByteArray();
    }

    // --- HTML ---

    private byte[] html(Random random) {
        String body = switch (random.nextInt(9)) {
            case 0 -> "<div>".repeat(1 + random.nextInt(Math.min(20_000, maxBytes / 5))) + prose(random);
            case 1 -> "<html><head><meta charset=\"" + pick(random, "bogus-8", "utf-7", "", "x\u0000") + "\"><title>"
                    + prose(random) + "</title></head><body><p>" + prose(random);
            case 2 -> "<!-- " + prose(random);
            case 3 -> "<p title=\"" + "a".repeat(1 + random.nextInt(Math.min(100_000, maxBytes))) + "\">x</p>";
            case 4 -> "<html><body><script>" + prose(random) + "</script><style>" + prose(random) + "</style></body></html>";
            case 5 -> "<html><head><script type=\"application/ld+json\">" + json(random)
                    + "</script></head><body><article><p>" + prose(random) + "</p></article></body></html>";
            case 6 -> "<html><body><article>" + "<p>&#".repeat(1 + random.nextInt(5_000)) + "</article></body></html>";
            case 7 -> "<table>".repeat(1 + random.nextInt(2_000)) + "<td>" + prose(random);
            default -> "<html lang=\"" + pick(random, "en", "ru", "", "x".repeat(300)) + "\"><body><article><h1>"
                    + prose(random) + "</h1><p>" + prose(random) + "</p></article></body></html>";
        };
        byte[] bytes = utf8(body);
        return random.nextInt(4) == 0 ? brokenUtf8(random, bytes) : bytes;
    }

    // --- WARC ---

    /** A few WARC records (some odd: no target, negative length, not a response), gzip members if asked. */
    private byte[] warc(Random random, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int records = 1 + random.nextInt(4);
        for (int i = 0; i < records; i++) {
            byte[] record = warcRecord(random, i);
            out.writeBytes(gzip && random.nextInt(6) != 0 ? gzip(record) : record);
        }
        return out.toByteArray();
    }

    private byte[] warcRecord(Random random, int index) {
        String page = "<html><body><article><p>" + prose(random) + "</p></article></body></html>";
        byte[] html = random.nextInt(4) == 0 ? brokenUtf8(random, utf8(page)) : utf8(page);
        String httpHead = switch (random.nextInt(6)) {
            case 0 -> "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
            case 1 -> "HTTP/1.1 OK\r\n\r\n";
            case 2 -> "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=" + pick(random, "bogus", "utf-16", "") + "\r\n\r\n";
            case 3 -> "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n";
            default -> "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length + "\r\n\r\n";
        };
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(utf8(httpHead));
        block.writeBytes(html);
        byte[] content = block.toByteArray();
        String type = random.nextInt(8) == 0 ? pick(random, "request", "metadata", "warcinfo", "resource", "") : "response";
        String target = switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "not a uri ^^";
            case 2 -> "file:///etc/passwd";
            default -> "https://news.example.org/" + index + ".html";
        };
        String length = switch (random.nextInt(10)) {
            case 0 -> "-5";
            case 1 -> "99999999999999999999";
            case 2 -> "abc";
            case 3 -> String.valueOf(content.length + 1 + random.nextInt(1000));
            case 4 -> String.valueOf(Math.max(0, content.length - 1 - random.nextInt(Math.max(1, content.length))));
            default -> String.valueOf(content.length);
        };
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                + String.format(Locale.ROOT, "%012d", index) + ">\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
                + (random.nextInt(10) == 0 ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n";
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(utf8(head));
        record.writeBytes(content);
        record.writeBytes(utf8("\r\n\r\n"));
        return record.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // --- feeds ---

    private String feed(Random random) {
        String item = "<item><title>" + escapeXml(prose(random)) + "</title><link>"
                + pick(random, "https://news.example.org/a.html", "javascript:alert(1)", "", "::::", "/relative")
                + "</link><pubDate>" + pick(random, "Mon, 01 May 2024 10:00:00 GMT", "yesterday", "", "99/99/9999")
                + "</pubDate></item>";
        return switch (random.nextInt(6)) {
            case 0 -> "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                    + "<rss version=\"2.0\"><channel><title>&xxe;</title>" + item + "</channel></rss>";
            case 1 -> "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;"
                    + "&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
                    + "&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                    + "<rss version=\"2.0\"><channel><title>&lol4;</title>" + item + "</channel></rss>";
            case 2 -> "<rss version=\"2.0\"><channel>" + "<item>".repeat(1 + random.nextInt(5_000));
            case 3 -> "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>" + escapeXml(prose(random))
                    + "</title><id>" + pick(random, "urn:x", "https://a.example/1", "") + "</id></entry></feed>";
            case 4 -> new String(damage(random, utf8("<rss version=\"2.0\"><channel><title>T</title>" + item
                    + item + "</channel></rss>"), 1.0), StandardCharsets.UTF_8);
            default -> "<rss version=\"2.0\"><channel><title>T</title>" + item + "</channel></rss>";
        };
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // --- damage ---

    /**
     * With probability {@code chance}, damages {@code bytes}: cuts them short, flips some bytes, cuts a
     * piece out of the middle or doubles a piece.
     */
    private static byte[] damage(Random random, byte[] bytes, double chance) {
        if (bytes.length == 0 || random.nextDouble() >= chance) {
            return bytes;
        }
        return switch (random.nextInt(4)) {
            case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> {
                byte[] copy = bytes.clone();
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            case 2 -> {
                int from = random.nextInt(bytes.length);
                int to = from + random.nextInt(bytes.length - from + 1);
                byte[] cut = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, cut, 0, from);
                System.arraycopy(bytes, to, cut, from, bytes.length - to);
                yield cut;
            }
            default -> {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
                byte[] doubled = Arrays.copyOf(bytes, bytes.length + length);
                System.arraycopy(bytes, from, doubled, from + length, bytes.length - from);
                yield doubled;
            }
        };
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String jsonString(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
