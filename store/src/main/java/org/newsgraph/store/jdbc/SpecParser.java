package org.newsgraph.store.jdbc;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.store.StoreException;

/** The rules of {@link StoreSpec#parse}: what each kind of specification may hold. */
final class SpecParser {

    static final String EXPECTED = "give a directory, a jdbc:postgresql:// URL or a jdbc:h2:file: URL";
    /** A URI scheme ({@code http:}, {@code file:}, ...), but not a Windows drive ({@code C:\}). */
    static final Pattern SCHEME = Pattern.compile("^(?![A-Za-z]:[\\\\/])[A-Za-z][A-Za-z0-9+.-]*:");

    private SpecParser() {
    }

    static StoreSpec.H2 h2Url(String spec) {
        String prefix = "jdbc:h2:file:";
        if (!spec.startsWith(prefix)) {
            throw new StoreException("unsupported H2 URL " + Databases.withoutPassword(spec)
                    + ": only jdbc:h2:file:PATH is accepted (or give the directory)");
        }
        String[] parts = spec.substring(prefix.length()).split(";", -1);
        String file = parts[0];
        if (file.isBlank()) {
            throw new StoreException("the H2 URL " + spec + " names no file");
        }
        if (SCHEME.matcher(file).find() || file.startsWith("~")) {
            throw new StoreException("unsupported H2 file " + file + " in " + spec + ": give a plain file path");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            int equals = parts[i].indexOf('=');
            String key = (equals < 0 ? parts[i] : parts[i].substring(0, equals)).trim().toUpperCase(Locale.ROOT);
            String value = equals < 0 ? "" : parts[i].substring(equals + 1).trim();
            if (!key.equals("ACCESS_MODE_DATA") && !key.equals("AUTO_SERVER_PORT")) {
                throw new StoreException("the H2 setting " + key + " is not accepted in a database URL (allowed: "
                        + StoreSpec.H2_ALLOWED + ")");
            }
            settings.put(key, value);
        }
        String mode = settings.getOrDefault("ACCESS_MODE_DATA", "rw").toLowerCase(Locale.ROOT);
        if (!mode.equals("r") && !mode.equals("rw")) {
            throw new StoreException("the H2 setting ACCESS_MODE_DATA=" + settings.get("ACCESS_MODE_DATA")
                    + " is not accepted: give r or rw");
        }
        String port = settings.getOrDefault("AUTO_SERVER_PORT", "0");
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65_535) {
            throw new StoreException("the H2 setting AUTO_SERVER_PORT=" + port
                    + " is not accepted: give a port from 0 to 65535");
        }
        String name = file.endsWith(".mv.db") ? file.substring(0, file.length() - ".mv.db".length()) : file;
        return new StoreSpec.H2(path(name, spec), mode.equals("r"), Integer.parseInt(port), spec);
    }

    static Path path(String name, String spec) {
        if (name.indexOf(';') >= 0) {
            throw new StoreException("unsupported database " + spec + ": an H2 path cannot hold ';'");
        }
        try {
            Path path = Path.of(name).toAbsolutePath().normalize();
            if (path.getFileName() == null) {
                throw new StoreException("unsupported database " + spec + ": it names the file system's root");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new StoreException("unsupported database " + spec + ": " + e.getMessage(), e);
        }
    }

    static StoreSpec.Postgres postgres(String spec) {
        int query = spec.indexOf('?');
        if (query >= 0) {
            for (String pair : spec.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                if (StoreSpec.POSTGRES_ALLOWED.stream().noneMatch(allowed -> allowed.equalsIgnoreCase(key))) {
                    throw new StoreException("the PostgreSQL parameter " + key
                            + " is not accepted in a database URL (allowed: " + String.join(", ", StoreSpec.POSTGRES_ALLOWED)
                            + ")");
                }
            }
        }
        return new StoreSpec.Postgres(spec, Databases.withoutPassword(spec));
    }
}
