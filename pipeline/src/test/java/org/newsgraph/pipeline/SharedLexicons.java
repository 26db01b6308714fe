package org.newsgraph.pipeline;

import org.newsgraph.pipeline.corenlp.CoreNlpGazetteers;
import org.newsgraph.pipeline.lexicon.Lexicons;

/** The lexicons, loaded once per test JVM. */
public final class SharedLexicons {

    private SharedLexicons() {
    }

    private static final class Holder {
        static final Lexicons INSTANCE = new Lexicons(CoreNlpGazetteers.load());
    }

    public static Lexicons get() {
        return Holder.INSTANCE;
    }
}
