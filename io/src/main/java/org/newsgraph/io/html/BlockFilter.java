package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the paragraphs of the main content that are article text: leaves out blocks that are
 * mostly links (lists of related articles inside the body), repeated blocks, headings that only
 * introduce a left-out block or end the text ("Read more:", "Related"). Thread-safe.
 */
final class BlockFilter {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"“”»«)\\]]\\s*$");
    private static final int SHORT_CHARS = 60;
    private static final int DATELINE_CHARS = 50;

    private BlockFilter() {
    }

    static List<String> paragraphs(List<TextBlocks.Block> blocks) {
        boolean[] dropped = new boolean[blocks.size()];
        boolean[] repeated = new boolean[blocks.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlocks.Block block = blocks.get(i);
            repeated[i] = !seen.add(block.text());
            dropped[i] = isLinkList(block) || repeated[i] || isDateline(block);
        }
        // Backwards, so that a heading over a dropped subheading goes too.
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!dropped[i] && isHeading(blocks.get(i))
                    && (i + 1 == blocks.size() || dropped[i + 1] && !repeated[i + 1])) {
                dropped[i] = true;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                paragraphs.add(blocks.get(i).text());
            }
        }
        return paragraphs;
    }

    private static boolean isLinkList(TextBlocks.Block block) {
        return block.linkDensity() > 0.5 && !block.tag().equals("pre");
    }

    /** A short line around a date: "Posted on 5 March 2024", "23.10.2018 | 10:42". */
    private static boolean isDateline(TextBlocks.Block block) {
        return block.text().length() <= DATELINE_CHARS && PageDates.written(block.text()).isPresent();
    }

    private static boolean isHeading(TextBlocks.Block block) {
        String text = block.text();
        return block.tag().matches("h[1-6]") || text.length() <= SHORT_CHARS
                && (!SENTENCE_END.matcher(text).find() || text.endsWith(":"));
    }
}
