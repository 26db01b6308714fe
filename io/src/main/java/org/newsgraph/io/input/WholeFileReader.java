package org.newsgraph.io.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;

/**
 * Reads a text file (the article body) or a JSON file (one article object) whole, after checking
 * its size against the limit from the file system, so that a huge file is refused without being
 * read. Thread-safe.
 */
final class WholeFileReader {

    /** An ISO date inside a file name, as archives name their files: {@code reuters_2016-02-20_vote.txt}. */
    private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d-[01]\\d-[0-3]\\d)(?!\\d)");

    private final ReadOptions options;

    WholeFileReader(ReadOptions options) {
        this.options = options;
    }

    InputItem read(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return new InputItem.Failed(name, "file is " + ByteSize.overLimit(size, options.maxBytes()));
            }
            byte[] bytes = Files.readAllBytes(file);
            return new InputItem.Loaded(name, article(bytes, InputFiles.stem(file), InputFiles.format(file)));
        } catch (IOException e) {
            return new InputItem.Failed(name, InputFiles.reason(e));
        } catch (UnreadableInputException e) {
            return new InputItem.Failed(name, e.getMessage());
        }
    }

    /** The article in {@code bytes}, a whole text or JSON input. */
    Article article(byte[] bytes, String defaultId, InputFiles.Format format) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("empty");
        }
        String text = TextDecoder.decode(bytes, 0);
        @Nullable String published = options.defaultPublished();
        if (format == InputFiles.Format.TEXT) {
            if (text.isBlank()) {
                throw new UnreadableInputException("empty (only whitespace)");
            }
            return new Article(defaultId, text, Headline.find(text).orElse(null),
                    published == null ? dateInName(defaultId) : published, null, null);
        }
        return JsonArticle.parse(text, defaultId, published);
    }

    /** A text file carries no date of its own; one in its name is taken when no default is given. */
    static @Nullable String dateInName(String stem) {
        Matcher m = NAME_DATE.matcher(stem);
        while (m.find()) {
            if (PublishedDate.isValid(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }
}
