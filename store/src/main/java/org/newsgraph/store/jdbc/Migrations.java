package org.newsgraph.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.LogFactory;
import org.newsgraph.store.StoreException;

/**
 * Brings a database's schema up to date with the SQL migrations under
 * {@code org/newsgraph/store/migration} ({@code V1__articles.sql}, ...), the same files for H2 and
 * PostgreSQL. Flyway records what it applied in {@code flyway_schema_history}, so running it again
 * does nothing, and it refuses a database whose applied migrations were edited afterwards.
 */
final class Migrations {

    static final String LOCATION = "classpath:org/newsgraph/store/migration";

    private Migrations() {
    }

    /**
     * Applies the pending migrations; returns how many were applied.
     *
     * @param location where the database is, for messages
     */
    static int apply(DataSource dataSource, String location) {
        requireCreate(dataSource, location);
        try {
            return flyway(dataSource).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            SQLException sql = Errors.sqlCause(e);
            if (sql != null && Errors.INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                throw new StoreException("cannot create newsgraph's tables in " + location + ": "
                        + Errors.oneLine(sql) + "; the user needs the CREATE privilege there (e.g. as the database's "
                        + "owner)", e);
            }
            throw new StoreException("cannot bring the database schema of " + location + " up to date: "
                    + Errors.oneLine(sql != null ? sql : e), e);
        }
    }

    /**
     * On a new PostgreSQL database, checks that the user may create tables before Flyway tries (which
     * retries creating its history table for about ten seconds before it gives up).
     */
    private static void requireCreate(DataSource dataSource, String location) {
        String sql = "SELECT current_user, current_schema(), to_regclass('flyway_schema_history') IS NOT NULL"
                + " OR has_schema_privilege(current_schema(), 'CREATE')";
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                if (rows.getString(2) == null) {
                    throw new StoreException("cannot create newsgraph's tables in " + location
                            + ": the user's search_path names no existing schema");
                }
                if (!rows.getBoolean(3)) {
                    throw new StoreException("cannot create newsgraph's tables in " + location + ": the user "
                            + rows.getString(1) + " lacks the CREATE privilege on schema " + rows.getString(2)
                            + " (grant it, e.g. make the user the database's owner)");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + location + ": " + Errors.oneLine(e), e);
        }
    }

    /** How many migrations the database lacks, found without writing to it. */
    static int pending(DataSource dataSource, String location) {
        try {
            return flyway(dataSource).info().pending().length;
        } catch (FlywayException e) {
            SQLException sql = Errors.sqlCause(e);
            throw new StoreException("cannot read the database schema of " + location + ": "
                    + Errors.oneLine(sql != null ? sql : e), e);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        LogFactory.setFallbackLogCreator(FlywayLog.CREATOR);
        LogFactory.setLogCreator(FlywayLog.CREATOR);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load();
    }
}
