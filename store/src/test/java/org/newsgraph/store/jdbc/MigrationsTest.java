package org.newsgraph.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private static JdbcDataSource memory(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void migrationsApplyOnceAndAreRecorded() throws SQLException {
        JdbcDataSource h2 = memory("migrations");

        assertThat(Migrations.apply(h2, "test")).isEqualTo(12);
        assertThat(Migrations.apply(h2, "test")).isEqualTo(0);

        List<String> applied = new ArrayList<>();
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"description\", \"success\" FROM \"flyway_schema_history\" "
                                + "WHERE \"version\" IS NOT NULL "
                                + "ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
            }
        }
        assertThat(applied).containsExactly("1 articles true", "2 actors true", "3 actor keys true", "4 feeds true",
                "5 near duplicates true", "6 stories true", "7 actor surnames true", "8 story members index true",
                "11 store marks true", "12 actor links true", "13 store changes true",
                "15 story event own words true");
    }

    @Test
    void passwordsAreMaskedInMessages() {
        assertThat(Databases.withoutPassword("jdbc:postgresql://h/db?user=u&password=p%40ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(Databases.withoutPassword("jdbc:h2:mem:x;USER=sa;PASSWORD=pw"))
                .isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=***");
        assertThat(Databases.withoutPassword("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }
}
