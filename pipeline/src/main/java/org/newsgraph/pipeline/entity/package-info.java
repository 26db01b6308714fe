/**
 * Entities above CoreNLP's mentions: {@link org.newsgraph.pipeline.entity.MentionCorrector} repairs
 * news-specific mention errors (titles, datelines, split names), {@link org.newsgraph.pipeline.entity.EntityResolver}
 * groups the mentions of one article into entities by name ({@link org.newsgraph.pipeline.entity.EntityCluster}
 * is the entity being built), and {@link org.newsgraph.pipeline.entity.PronounResolver} attaches pronouns
 * outside and inside quotations ({@link org.newsgraph.pipeline.entity.QuoteRegions}). Each stage is a small
 * final class, stateless after construction and thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.entity;

import org.jspecify.annotations.NullMarked;
