package org.newsgraph.store.jdbc;

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

    /** Applies the pending migrations; returns how many were applied. */
    static int apply(DataSource dataSource) {
        LogFactory.setFallbackLogCreator(FlywayLog.CREATOR);
        LogFactory.setLogCreator(FlywayLog.CREATOR);
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load();
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the database schema up to date: " + e.getMessage(), e);
        }
    }
}
