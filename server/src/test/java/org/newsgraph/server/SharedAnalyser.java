package org.newsgraph.server;

import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.SharedAnalyzers;

/** The real analyser, loaded once per test JVM on first use (the models take seconds and gigabytes). */
final class SharedAnalyser {

    private SharedAnalyser() {
    }

    static Analyzer get() {
        return SharedAnalyzers.get(AnalyzerConfig.defaults());
    }
}
