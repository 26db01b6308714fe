/**
 * Fuzzing the readers: {@link org.newsgraph.io.fuzz.HostileFiles} generates hostile files from seeds
 * and {@link org.newsgraph.io.fuzz.ReaderFuzz} puts one through the reader of its kind and checks that
 * it gives articles or reported failures, never an exception. Used by the fuzz test suite and by
 * {@code newsgraph bench --fuzz}.
 */
@NullMarked
package org.newsgraph.io.fuzz;

import org.jspecify.annotations.NullMarked;
