package org.newsgraph.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one {@link Analyzer} per configuration per JVM, created by the first caller that needs it
 * (loading the models takes seconds and gigabytes): the command line's commands and tests, the
 * server and each Spark executor share it ({@link Analyzer#analyze} is thread-safe). Thread-safe; a
 * caller that comes while another loads waits for it. A configuration whose models fail to load is
 * tried again by the next caller.
 */
public final class SharedAnalyzers {

    private static final Map<AnalyzerConfig, Analyzer> LOADED = new HashMap<>();

    private SharedAnalyzers() {
    }

    /** The shared analyzer for {@code config}, loading it if needed (the caller waits). */
    public static synchronized Analyzer get(AnalyzerConfig config) {
        Objects.requireNonNull(config, "config");
        return LOADED.computeIfAbsent(config, Analyzer::create);
    }

    /** Whether {@link #get} would answer at once, without loading. */
    public static synchronized boolean isLoaded(AnalyzerConfig config) {
        return LOADED.containsKey(config);
    }
}
