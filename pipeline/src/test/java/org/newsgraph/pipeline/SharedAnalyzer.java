package org.newsgraph.pipeline;

import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/** One analyser per test JVM: loading the models takes seconds and gigabytes. */
public final class SharedAnalyzer {

    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final Analyzer INSTANCE = Analyzer.create(AnalyzerConfig.defaults());
    }

    public static Analyzer get() {
        return Holder.INSTANCE;
    }

    /** Analyses a text published on the given date (yyyy-mm-dd). */
    public static Doc analyze(String text, String published) {
        return get().analyze(new Article("test", text, null, published, null, null));
    }
}
