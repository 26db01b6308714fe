/**
 * Roles: {@link org.newsgraph.pipeline.role.RoleExtractor} gives people the titles and affiliations
 * the text states, before the name ("Russian President Vladimir Putin"), in apposition ("Kim Jong Un,
 * President of North Korea") and as kinship ("his father, Kim Jong-il"). Thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.role;

import org.jspecify.annotations.NullMarked;
