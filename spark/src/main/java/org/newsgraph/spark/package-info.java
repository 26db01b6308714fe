/**
 * The newsgraph analysis as an Apache Spark batch job: inputs read from any Hadoop file system,
 * one analyser per executor JVM, Parquet tables (or document@1 JSON lines) out, and the failures of
 * single articles as rows of an {@code errors} table rather than failed tasks.
 */
@NullMarked
package org.newsgraph.spark;

import org.jspecify.annotations.NullMarked;
