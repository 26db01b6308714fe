package org.newsgraph.spark;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;

/**
 * The one {@link Analyzer} of an executor JVM per configuration, loaded by the first task that needs
 * it; tasks running at once in the JVM share it ({@link Analyzer#analyze} is thread-safe). Never
 * serialised: tasks carry the configuration, not the analyser.
 */
final class ExecutorAnalyzer {

    private static final Map<AnalyzerConfig, Analyzer> LOADED = new HashMap<>();

    private ExecutorAnalyzer() {
    }

    static synchronized Analyzer get(AnalyzerConfig config) {
        return LOADED.computeIfAbsent(config, Analyzer::create);
    }
}
