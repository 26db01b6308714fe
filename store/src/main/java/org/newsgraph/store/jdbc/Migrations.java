package org.newsgraph.store.jdbc;

import java.sql.SQLException;
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
