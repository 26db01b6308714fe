package org.newsgraph.store.jdbc;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's messages to {@link System.Logger}: its progress notes at DEBUG (so a command's
 * output stays clean), its warnings and errors as they are. Without this, Flyway prints to
 * standard output or, through SLF4J without a provider, warns about SLF4J.
 */
final class FlywayLog implements Log {

    static final LogCreator CREATOR = FlywayLog::new;

    private final System.Logger logger;

    private FlywayLog(Class<?> type) {
        this.logger = System.getLogger(type.getName());
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isLoggable(System.Logger.Level.DEBUG);
    }

    @Override
    public void debug(String message) {
        logger.log(System.Logger.Level.TRACE, message);
    }

    @Override
    public void info(String message) {
        logger.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void notice(String message) {
        logger.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void warn(String message) {
        logger.log(System.Logger.Level.WARNING, message);
    }

    @Override
    public void error(String message) {
        logger.log(System.Logger.Level.ERROR, message);
    }

    @Override
    public void error(String message, Exception e) {
        logger.log(System.Logger.Level.ERROR, message, e);
    }
}
