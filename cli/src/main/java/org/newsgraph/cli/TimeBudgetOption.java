package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.pipeline.Analyzer;
import picocli.CommandLine.Option;

/**
 * The {@code --max-seconds} option of the commands that analyse articles: how long one article may
 * take before its analysis is stopped and it is reported as failed (the batch goes on).
 */
final class TimeBudgetOption {

    /** Longest budget accepted: a day, far beyond any input under the length limit. */
    private static final int MAX_SECONDS = 86_400;

    @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "" + 60,
            description = "Longest analysis of one article, in seconds; a longer one is stopped and reported "
                    + "as failed (default: ${DEFAULT-VALUE}).")
    int maxSeconds = (int) Analyzer.DEFAULT_BUDGET.toSeconds();

    /**
     * The budget per article.
     *
     * @throws UsageException if the option is out of range
     */
    Duration budget() {
        if (maxSeconds < 1 || maxSeconds > MAX_SECONDS) {
            throw new UsageException("--max-seconds must be between 1 and " + MAX_SECONDS + ": " + maxSeconds);
        }
        return Duration.ofSeconds(maxSeconds);
    }
}
