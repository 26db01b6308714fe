package org.newsgraph.io.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** File names and I/O errors as the user sees them. */
final class InputFiles {

    /** The extensions read from directories. */
    static final String EXTENSIONS = ".txt, .json, .jsonl, .html, .htm, .warc or .warc.gz";

    private InputFiles() {
    }

    enum Format { TEXT, JSON, JSONL, HTML }

    /** The format a file name announces; anything that is not .json, .jsonl, .html or .htm is text. */
    static Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return Format.JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        return name.endsWith(".json") ? Format.JSON : Format.TEXT;
    }

    /** True for the files a directory walk picks up. */
    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".html")
                || name.endsWith(".htm") || name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** The file name without its extension ("a.b" for "a.b.txt"); the whole name if nothing is left. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A short reason for an I/O error: "no such file or directory", "permission denied"... */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return "read error: " + (message == null ? e.getClass().getSimpleName() : message);
    }
}
