package org.newsgraph.pipeline;

import org.newsgraph.pipeline.lexicon.Lexicons;

/** The lexicons of the standard pipeline, for stage tests (read once per JVM). */
public final class SharedLexicons {

    private SharedLexicons() {
    }

    public static Lexicons get() {
        return Analyzer.standardLexicons();
    }
}
