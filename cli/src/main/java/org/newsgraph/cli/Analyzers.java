package org.newsgraph.cli;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;

/**
 * One {@link Analyzer} per configuration per JVM, created on first use: loading the models takes
 * seconds and gigabytes, so commands (and tests) share them. Thread-safe.
 */
final class Analyzers {

    private static final Map<AnalyzerConfig, Analyzer> LOADED = new HashMap<>();

    private Analyzers() {
    }

    static synchronized boolean isLoaded(AnalyzerConfig config) {
        return LOADED.containsKey(config);
    }

    /** The shared analyzer for {@code config}, loading it if needed (the caller waits). */
    static synchronized Analyzer get(AnalyzerConfig config) {
        return LOADED.computeIfAbsent(config, Analyzer::create);
    }
}
