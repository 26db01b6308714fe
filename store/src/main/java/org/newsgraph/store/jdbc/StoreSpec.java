package org.newsgraph.store.jdbc;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.newsgraph.store.StoreException;

/**
 * What a database specification ({@code --db}) names, checked before anything is opened or created:
 * a directory (an embedded H2 database {@code DIR/newsgraph}), a {@code jdbc:h2:file:PATH} URL, or a
 * {@code jdbc:postgresql:} URL. Settings are allow-listed, never passed through: an H2 URL may carry
 * only {@value #H2_ALLOWED}, a PostgreSQL URL only the parameters of {@link #POSTGRES_ALLOWED}, so no
 * specification can run a script ({@code INIT=RUNSCRIPT ...}), load a class or write a trace file.
 * Anything else (another scheme, another JDBC driver, {@code jdbc:h2:mem:}, a path holding H2's
 * {@code ;} separator) is refused with a {@link StoreException} whose message names it.
 */
public sealed interface StoreSpec {

    /** The H2 settings an {@code jdbc:h2:file:} URL may carry. */
    String H2_ALLOWED = "ACCESS_MODE_DATA, AUTO_SERVER_PORT";

    /** The PostgreSQL URL parameters accepted (pgjdbc's class-loading and file-writing ones are not). */
    List<String> POSTGRES_ALLOWED = List.of("user", "password", "ssl", "sslmode", "sslrootcert", "sslcert",
            "sslkey", "connectTimeout", "loginTimeout", "socketTimeout", "tcpKeepAlive", "ApplicationName",
            "currentSchema");

    /**
     * An embedded H2 database: the files {@code base.mv.db} (and {@code base.lock.db} while open).
     *
     * @param base the absolute file name without H2's {@code .mv.db}
     * @param readOnly opened with {@code ACCESS_MODE_DATA=r}
     * @param autoServerPort the auto-server port, 0 for any free one
     * @param location the specification as given, for messages
     */
    record H2(Path base, boolean readOnly, int autoServerPort, String location) implements StoreSpec {

        public H2 {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(location, "location");
            if (autoServerPort < 0 || autoServerPort > 65_535) {
                throw new IllegalArgumentException("autoServerPort must be 0 to 65535: " + autoServerPort);
            }
        }

        /** The database file. */
        public Path file() {
            return base.resolveSibling(base.getFileName() + ".mv.db");
        }

        /** The directory holding the database file. */
        public Path directory() {
            return Objects.requireNonNull(base.getParent(), "an absolute base has a parent");
        }
    }

    /**
     * A PostgreSQL database.
     *
     * @param url the {@code jdbc:postgresql:} URL, its parameters checked
     * @param location the URL with any password masked, for messages
     */
    record Postgres(String url, String location) implements StoreSpec {

        public Postgres {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(location, "location");
        }
    }

    /** Where the data is, for messages (never a password). */
    String location();

    /**
     * Checks a specification.
     *
     * @throws StoreException naming what is refused, if it names no database newsgraph accepts
     */
    static StoreSpec parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.isBlank()) {
            throw new StoreException("the database is blank: " + SpecParser.EXPECTED);
        }
        if (spec.startsWith("jdbc:postgresql:")) {
            return SpecParser.postgres(spec);
        }
        if (spec.startsWith("jdbc:h2:")) {
            return SpecParser.h2Url(spec);
        }
        if (spec.startsWith("jdbc:")) {
            throw new StoreException("unsupported database URL " + Databases.withoutPassword(spec) + ": "
                    + SpecParser.EXPECTED);
        }
        if (SpecParser.SCHEME.matcher(spec).find()) {
            throw new StoreException("unsupported database " + Databases.withoutPassword(spec) + ": "
                    + SpecParser.EXPECTED);
        }
        Path directory = SpecParser.path(spec, spec);
        return new H2(directory.resolve(Databases.H2_NAME), false, 0, spec);
    }
}
