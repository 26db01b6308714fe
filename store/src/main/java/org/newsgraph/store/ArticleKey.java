package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * What identifies one stored version of an article: the article's id and the SHA-256 of its text.
 * The same id with another text is another version of the same article.
 *
 * @param id     the article's id
 * @param sha256 SHA-256 of the text's UTF-8 bytes, 64 lower-case hex digits
 */
public record ArticleKey(String id, String sha256) implements Comparable<ArticleKey> {

    public ArticleKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case SHA-256 hex digest: " + sha256);
        }
    }

    public static ArticleKey of(Article article) {
        return new ArticleKey(article.id(), sha256(article.text()));
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, in lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int compareTo(ArticleKey o) {
        int c = id.compareTo(o.id);
        return c != 0 ? c : sha256.compareTo(o.sha256);
    }
}
