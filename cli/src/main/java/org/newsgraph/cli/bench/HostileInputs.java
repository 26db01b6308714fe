package org.newsgraph.cli.bench;

import java.util.List;
import java.util.Random;

/**
 * Generated inputs that a hostile or broken web page can hand the analyser: one repeated sentence,
 * runs of zero-width characters, punctuation, quotes and emoji, one huge line, deeply nested quotes
 * and an HTML page made of character entities. Each is at most 1,000,000 characters (the default
 * limit), and the same every time (fixed seeds), so figures before and after a change compare.
 */
public final class HostileInputs {

    /**
     * One generated input.
     *
     * @param name a short file-like name ({@code .txt} or {@code .html})
     * @param text the input's content
     */
    public record Input(String name, String text) {

        /** True for an HTML page, which goes through the page extractor before the analyser. */
        public boolean html() {
            return name.endsWith(".html");
        }
    }

    private static final String[] WORDS = {" the minister said ", " and the council of the city ", " would be ",
        " they will not ", " in the capital on Monday ", " said John Smith, who ", " was there "};

    private HostileInputs() {
    }

    /** Every hostile input, in a fixed order. */
    public static List<Input> all() {
        return List.of(
                new Input("repeated-sentence.txt", repeat("The minister said the plan would work. ", 500_000)),
                new Input("zero-width.txt", repeat("\u200B", 300_000)),
                new Input("punctuation.txt", repeat("!?.,;:-()[]/*&%$#@", 100_000)),
                new Input("quotes.txt", repeat("\"", 10_000)),
                new Input("emoji-runs.txt", emojiRuns(200_000)),
                new Input("one-line.txt", oneLine(1_000_000)),
                new Input("nested-quotes.txt", nestedQuotes(100_000)),
                new Input("entities.html", entityPage(1_000_000)));
    }

    /** {@code unit} repeated, cut to exactly {@code length} characters. */
    static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        return sb.toString();
    }

    /** Runs of 1 to 400 emoji separated by single words, about {@code length} characters. */
    static String emojiRuns(int length) {
        Random random = new Random(13);
        int[] emoji = {0x1F600, 0x1F525, 0x1F44D, 0x1F1FA, 0x1F1F8, 0x2764, 0xFE0F, 0x200D, 0x1F468, 0x1F469};
        StringBuilder sb = new StringBuilder(length + 1000);
        while (sb.length() < length) {
            int run = 1 + random.nextInt(400);
            for (int i = 0; i < run; i++) {
                sb.appendCodePoint(emoji[random.nextInt(emoji.length)]);
            }
            sb.append(random.nextBoolean() ? " wow " : " said Anna ");
        }
        return sb.toString();
    }

    /** Words and names on one line without a full stop, {@code length} characters. */
    static String oneLine(int length) {
        Random random = new Random(7);
        String[] words = {"the", "minister", "John", "Smith", "said", "and", "council", "of", "Paris",
            "voted", "against", "\"we", "will\"", "Google", "in", "2023", "with", "$5", "million", "it"};
        StringBuilder sb = new StringBuilder(length + 20);
        while (sb.length() < length) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        sb.setLength(length);
        return sb.toString();
    }

    /** Quotations opened inside quotations, alternating marks, never closed, then all closed. */
    static String nestedQuotes(int length) {
        String[] opens = {"\"", "'", "\u201C", "\u2018", "``"};
        String[] closes = {"\"", "'", "\u201D", "\u2019", "''"};
        StringBuilder sb = new StringBuilder(length + 40);
        int depth = 0;
        while (sb.length() < length / 2) {
            sb.append("Ann said ").append(opens[depth % opens.length]).append("Bob said ");
            depth++;
        }
        while (depth > 0 && sb.length() < length) {
            depth--;
            sb.append("no").append(closes[depth % closes.length]).append(' ');
        }
        return sb.toString();
    }

    /** An HTML page whose paragraphs are character entities between English words. */
    static String entityPage(int length) {
        String[] entities = {"&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#8220;", "&#x201D;", "&mdash;",
            "&hellip;", "&#0;", "&#xFFFF;", "&bogus;", "&#99999999;"};
        Random random = new Random(3);
        StringBuilder sb = new StringBuilder(length + 100);
        sb.append("<!DOCTYPE html><html><head><title>Entities &amp; more</title></head><body><article>");
        String end = "</article></body></html>";
        while (sb.length() < length - end.length() - 1000) {
            sb.append("<p>");
            int n = 50 + random.nextInt(500);
            for (int i = 0; i < n; i++) {
                sb.append(entities[random.nextInt(entities.length)]);
                if (random.nextInt(4) == 0) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]);
                }
            }
            sb.append("</p>\n");
        }
        return sb.append(end).toString();
    }
}
