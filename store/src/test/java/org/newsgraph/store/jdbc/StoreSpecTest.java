package org.newsgraph.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stores;

class StoreSpecTest {

    private static final String EXPECTED = "give a directory, a jdbc:postgresql:// URL or a jdbc:h2:file: URL";
    private static final String H2_ONLY_FILE = ": only jdbc:h2:file:PATH is accepted (or give the directory)";
    private static final String H2_ALLOWED = " is not accepted in a database URL (allowed: ACCESS_MODE_DATA, AUTO_SERVER_PORT)";
    private static final String PG_ALLOWED = " is not accepted in a database URL (allowed: user, password, ssl, sslmode, "
            + "sslrootcert, sslcert, sslkey, connectTimeout, loginTimeout, socketTimeout, tcpKeepAlive, ApplicationName, "
            + "currentSchema)";

    static Stream<Arguments> accepted() {
        Path cwd = Path.of("").toAbsolutePath();
        return Stream.of(
                Arguments.of("/srv/news", new StoreSpec.H2(Path.of("/srv/news/newsgraph"), false, 0, "/srv/news")),
                Arguments.of("news/data", new StoreSpec.H2(cwd.resolve("news/data/newsgraph"), false, 0, "news/data")),
                Arguments.of("/srv/../srv/news/", new StoreSpec.H2(Path.of("/srv/news/newsgraph"), false, 0,
                        "/srv/../srv/news/")),
                Arguments.of("jdbc:h2:file:/srv/news/newsgraph", new StoreSpec.H2(Path.of("/srv/news/newsgraph"), false,
                        0, "jdbc:h2:file:/srv/news/newsgraph")),
                Arguments.of("jdbc:h2:file:/srv/news/newsgraph.mv.db;ACCESS_MODE_DATA=r",
                        new StoreSpec.H2(Path.of("/srv/news/newsgraph"), true, 0,
                                "jdbc:h2:file:/srv/news/newsgraph.mv.db;ACCESS_MODE_DATA=r")),
                Arguments.of("jdbc:h2:file:/srv/x;access_mode_data=RW;AUTO_SERVER_PORT=9123;",
                        new StoreSpec.H2(Path.of("/srv/x"), false, 9123,
                                "jdbc:h2:file:/srv/x;access_mode_data=RW;AUTO_SERVER_PORT=9123;")),
                Arguments.of("jdbc:postgresql://localhost:5432/news?user=ana&password=pw&sslmode=require",
                        new StoreSpec.Postgres("jdbc:postgresql://localhost:5432/news?user=ana&password=pw&sslmode=require",
                                "jdbc:postgresql://localhost:5432/news?user=ana&password=***&sslmode=require")),
                Arguments.of("jdbc:postgresql:news", new StoreSpec.Postgres("jdbc:postgresql:news", "jdbc:postgresql:news")));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptedSpecificationsNameTheirDatabase(String spec, StoreSpec expected) {
        assertThat(StoreSpec.parse(spec)).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("", "the database is blank: " + EXPECTED),
                Arguments.of("  ", "the database is blank: " + EXPECTED),
                Arguments.of("http://127.0.0.1/x", "unsupported database http://127.0.0.1/x: " + EXPECTED),
                Arguments.of("file:/tmp/x", "unsupported database file:/tmp/x: " + EXPECTED),
                Arguments.of("jdbc:mysql://db/news?user=ana&password=s3cret",
                        "unsupported database URL jdbc:mysql://db/news?user=ana&password=***: " + EXPECTED),
                Arguments.of("jdbc:sqlite:/tmp/x.db", "unsupported database URL jdbc:sqlite:/tmp/x.db: " + EXPECTED),
                Arguments.of("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM '/tmp/x.sql'",
                        "unsupported H2 URL jdbc:h2:mem:x;INIT=RUNSCRIPT FROM '/tmp/x.sql'" + H2_ONLY_FILE),
                Arguments.of("jdbc:h2:tcp://localhost/x", "unsupported H2 URL jdbc:h2:tcp://localhost/x" + H2_ONLY_FILE),
                Arguments.of("jdbc:h2:./x", "unsupported H2 URL jdbc:h2:./x" + H2_ONLY_FILE),
                Arguments.of("jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM '/tmp/x.sql'", "the H2 setting INIT" + H2_ALLOWED),
                Arguments.of("jdbc:h2:file:/tmp/x;TRACE_LEVEL_FILE=3", "the H2 setting TRACE_LEVEL_FILE" + H2_ALLOWED),
                Arguments.of("jdbc:h2:file:/tmp/x;AUTO_SERVER=FALSE", "the H2 setting AUTO_SERVER" + H2_ALLOWED),
                Arguments.of("jdbc:h2:file:/tmp/x;PASSWORD=s3cret", "the H2 setting PASSWORD" + H2_ALLOWED),
                Arguments.of("jdbc:h2:file:/tmp/x;ACCESS_MODE_DATA=rws",
                        "the H2 setting ACCESS_MODE_DATA=rws is not accepted: give r or rw"),
                Arguments.of("jdbc:h2:file:/tmp/x;AUTO_SERVER_PORT=99999",
                        "the H2 setting AUTO_SERVER_PORT=99999 is not accepted: give a port from 0 to 65535"),
                Arguments.of("jdbc:h2:file:zip:/tmp/a.zip!/x",
                        "unsupported H2 file zip:/tmp/a.zip!/x in jdbc:h2:file:zip:/tmp/a.zip!/x: give a plain file path"),
                Arguments.of("jdbc:h2:file:~/x", "unsupported H2 file ~/x in jdbc:h2:file:~/x: give a plain file path"),
                Arguments.of("jdbc:h2:file:", "the H2 URL jdbc:h2:file: names no file"),
                Arguments.of("jdbc:h2:file:/", "unsupported database jdbc:h2:file:/: it names the file system's root"),
                Arguments.of("/tmp/a;INIT=RUNSCRIPT FROM 'x'",
                        "unsupported database /tmp/a;INIT=RUNSCRIPT FROM 'x': an H2 path cannot hold ';'"),
                Arguments.of("jdbc:postgresql://db/news?socketFactory=java.io.FileOutputStream&socketFactoryArg=/tmp/x",
                        "the PostgreSQL parameter socketFactory" + PG_ALLOWED),
                Arguments.of("jdbc:postgresql://db/news?user=ana&loggerFile=/tmp/x",
                        "the PostgreSQL parameter loggerFile" + PG_ALLOWED),
                Arguments.of("jdbc:postgresql://db/news?authenticationPluginClassName=x.Y",
                        "the PostgreSQL parameter authenticationPluginClassName" + PG_ALLOWED));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusedSpecificationsSayWhy(String spec, String message) {
        assertThatThrownBy(() -> StoreSpec.parse(spec)).isInstanceOf(StoreException.class).hasMessage(message);
    }

    @Test
    void aRefusedSpecificationCreatesNothing() {
        Path http = Path.of("http:").toAbsolutePath();

        assertThatThrownBy(() -> Stores.open("http://127.0.0.1/x", Map.of())).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Stores.openExisting("http://127.0.0.1/x", Map.of())).isInstanceOf(StoreException.class);

        assertThat(Files.exists(http)).isFalse();
    }
}
