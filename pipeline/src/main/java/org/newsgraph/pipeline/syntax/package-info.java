/**
 * Navigation over a document's dependency parse: heads, relations, children, noun-phrase extents.
 * Built per document by the stages that need it; immutable.
 */
@NullMarked
package org.newsgraph.pipeline.syntax;

import org.jspecify.annotations.NullMarked;
