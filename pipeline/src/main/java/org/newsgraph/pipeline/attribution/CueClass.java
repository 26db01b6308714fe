package org.newsgraph.pipeline.attribution;

/** What a cue word says about the attributed content. */
enum CueClass {
    /** Communication: said, told, warned, announced. */
    SAY,
    /** Belief, attitude or intention: believes, fears, wants, plans. */
    BELIEVE,
    /** A document or poll shows, finds, concludes. */
    EVIDENCE,
    /** Alleges, claims, accuses. */
    ALLEGE,
    /** Denies, rejects, disputes. */
    DENY,
    /** Seems, appears: the writer's own hedge. */
    SEEM
}
