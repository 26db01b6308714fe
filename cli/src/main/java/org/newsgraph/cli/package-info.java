/**
 * The {@code newsgraph} command line (picocli): one class per subcommand, {@link org.newsgraph.cli.Main}
 * as the root. Errors become one-line messages and exit codes; stack traces only with {@code --verbose}.
 * What the commands share: {@link org.newsgraph.cli.StoreOption} ({@code --db}),
 * {@link org.newsgraph.cli.AnswerFormat} ({@code --format table|json} of the questions, which ask
 * through {@code org.newsgraph.store.questions}), {@link org.newsgraph.cli.OptionChecks},
 * {@link org.newsgraph.cli.Refusal} (exit 1) and {@link org.newsgraph.cli.UsageException} (exit 2).
 */
@NullMarked
package org.newsgraph.cli;

import org.jspecify.annotations.NullMarked;
