package org.newsgraph.eval.gum;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;

/**
 * Wikipedia-link counts over GUM's named mentions (head word tagged NNP/NNPS) of persons,
 * organisations, places and events. A gold mention is matched to the predicted entity one of whose
 * mentions lies inside it and covers its head word. Precision: correct links over links given to
 * matched mentions (a link where GUM has none counts as wrong). Recall: correct links over gold
 * mentions with a Wikipedia identity, matched or not. NIL accuracy: matched gold mentions without an
 * identity that were left unlinked. Titles compare percent-decoded, with spaces as underscores and
 * the first letter in upper case, as Wikipedia does.
 *
 * @param gold      gold named mentions with an identity
 * @param predicted matched mentions that got a link
 * @param correct   links equal to the gold identity
 * @param nilGold   matched gold mentions without an identity
 * @param nilKept   of those, the ones left unlinked
 */
public record LinkScores(int gold, int predicted, int correct, int nilGold, int nilKept) {

    public static final LinkScores EMPTY = new LinkScores(0, 0, 0, 0, 0);

    public static LinkScores evaluate(GumDocument gold, Doc doc) {
        return evaluate(gold, doc, mistake -> { });
    }

    /** As {@link #evaluate(GumDocument, Doc)}, telling {@code mistakes} each wrong, missed or spurious link. */
    public static LinkScores evaluate(GumDocument gold, Doc doc, java.util.function.Consumer<String> mistakes) {
        Objects.requireNonNull(gold, "gold");
        int g = 0;
        int p = 0;
        int c = 0;
        int ng = 0;
        int nk = 0;
        for (GumMention mention : gold.mentions()) {
            if (!mention.named() || !linkable(mention.type())) {
                continue;
            }
            String identity = mention.identity();
            if (identity != null) {
                g++;
            }
            Entity matched = match(mention, doc);
            if (matched == null) {
                if (identity != null) {
                    mistakes.accept(gold.id() + "\t" + mention.span().text() + "\tgold " + identity + "\tunmatched");
                }
                continue;
            }
            Link link = matched.link();
            String got = link == null ? "NIL" : link.title();
            String want = identity == null ? "NIL" : identity;
            if (!title(got).equals(title(want))) {
                mistakes.accept(gold.id() + "\t" + mention.span().text() + "\tgold " + want + "\tgot " + got
                        + "\t" + matched.type() + " '" + matched.name() + "'");
            }
            if (link != null) {
                p++;
                if (identity != null && title(identity).equals(title(link.title()))) {
                    c++;
                }
            }
            if (identity == null) {
                ng++;
                if (link == null) {
                    nk++;
                }
            }
        }
        return new LinkScores(g, p, c, ng, nk);
    }

    private static boolean linkable(String type) {
        return type.equals("person") || type.equals("organization") || type.equals("place") || type.equals("event");
    }

    private static @Nullable Entity match(GumMention gold, Doc doc) {
        for (Entity entity : doc.entities()) {
            for (Mention m : entity.mentions()) {
                if (m.span().start() >= gold.span().start() && m.span().end() <= gold.span().end()
                        && m.span().start() <= gold.head().start() && m.span().end() >= gold.head().end()) {
                    return entity;
                }
            }
        }
        return null;
    }

    static String title(String title) {
        String t = title.strip().replace(' ', '_');
        if (t.indexOf('%') >= 0) {
            // GUM percent-encodes some titles: Washington%2C_D.C.
            try {
                t = java.net.URLDecoder.decode(t.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not an encoding after all; compare as written
            }
        }
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    public LinkScores plus(LinkScores o) {
        return new LinkScores(gold + o.gold, predicted + o.predicted, correct + o.correct, nilGold + o.nilGold,
                nilKept + o.nilKept);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double nilAccuracy() {
        return nilGold == 0 ? 0 : (double) nilKept / nilGold;
    }

    public String toText() {
        return String.format(Locale.ROOT, "links: precision %.3f (%d/%d)  recall %.3f (%d/%d)  NIL accuracy %.3f (%d/%d)%n",
                precision(), correct, predicted, recall(), correct, gold, nilAccuracy(), nilKept, nilGold);
    }
}
