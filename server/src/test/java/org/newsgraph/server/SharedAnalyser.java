package org.newsgraph.server;

import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;

/** The real analyser, loaded once per test JVM on first use (the models take seconds and gigabytes). */
final class SharedAnalyser {

    private SharedAnalyser() {
    }

    private static final class Holder {
        static final Analyzer ANALYZER = Analyzer.create(AnalyzerConfig.defaults());
    }

    static Analyzer get() {
        return Holder.ANALYZER;
    }
}
