package org.newsgraph.io.output;

import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;

/** One real analyser per test JVM, shared by this package's tests: loading the models takes seconds and gigabytes. */
final class OneAnalyzer {

    private OneAnalyzer() {
    }

    private static final class Holder {
        static final Analyzer INSTANCE = Analyzer.create(AnalyzerConfig.defaults());
    }

    static Analyzer get() {
        return Holder.INSTANCE;
    }
}
