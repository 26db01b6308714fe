package org.newsgraph.cli;

import org.jspecify.annotations.Nullable;
import org.newsgraph.io.input.PublishedDate;
import org.newsgraph.model.PartialDate;

/**
 * Checks of option values that picocli's types cannot express, each a {@link UsageException} (exit 2)
 * whose message names the option. Stateless.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** A count option such as {@code --limit}: at least 1. */
    static void requirePositive(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be positive: " + value);
        }
    }

    /** A date option such as {@code --from}, if given: a year, a month or a day in ISO form. */
    static void requireDate(String option, @Nullable String value) {
        try {
            PartialDate.requireIfGiven(option, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(String.valueOf(e.getMessage()));
        }
    }

    /** {@code --published}, if given: a publication date as the input readers take it (ISO-8601). */
    static void requirePublished(@Nullable String published) {
        if (published == null) {
            return;
        }
        try {
            PublishedDate.require(published);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--published: " + e.getMessage());
        }
    }
}
