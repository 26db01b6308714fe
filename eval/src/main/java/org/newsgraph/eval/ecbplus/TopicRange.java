package org.newsgraph.eval.ecbplus;

/**
 * An inclusive range of ECB+ topic numbers, e.g. 23–25 (the usual development split) or 1–35.
 *
 * @param first lowest topic
 * @param last  highest topic
 */
public record TopicRange(int first, int last) {

    /** All topics of the standard training, development and test splits. */
    public static final TopicRange ALL = new TopicRange(1, 35);

    /** The development split of Cybulska and Vossen (2015), used by most later work. */
    public static final TopicRange DEV = new TopicRange(23, 25);

    public TopicRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad topic range " + first + "-" + last);
        }
    }

    /**
     * Parses "23-25" or "7".
     *
     * @throws IllegalArgumentException if the text is neither
     */
    public static TopicRange parse(String text) {
        String[] parts = text.strip().split("-", -1);
        try {
            if (parts.length == 1) {
                int topic = Integer.parseInt(parts[0].strip());
                return new TopicRange(topic, topic);
            }
            if (parts.length == 2) {
                return new TopicRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a topic or a range such as 23-25: '" + text + "'");
    }

    public boolean contains(int topic) {
        return first <= topic && topic <= last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
