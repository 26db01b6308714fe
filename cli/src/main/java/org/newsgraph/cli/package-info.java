/**
 * The {@code newsgraph} command line (picocli): one class per subcommand, {@link org.newsgraph.cli.Main}
 * as the root. Errors become one-line messages and exit codes; stack traces only with {@code --verbose}.
 */
@NullMarked
package org.newsgraph.cli;

import org.jspecify.annotations.NullMarked;
