-- Surname blocking keys for cross-article actor linking. A person entity that its article names
-- by surname alone, or by title and surname ("Trump", "Mr. Lee", "President Moon"), is linked to
-- a stored person with that surname when the evidence is unambiguous, else to a surname-alone actor
-- of its own. Every person actor is listed here under its surname keys: the first and last words
-- of a full name (name_part 'first' or 'last'), or the one key of a surname-alone actor ('only'),
-- so that linking reads the few actors of one surname through the primary key, never all actors.
CREATE TABLE actor_surnames (
    surname_key VARCHAR(1000) NOT NULL,
    actor_id    BIGINT NOT NULL REFERENCES actors (actor_id),
    name_part   VARCHAR(8) NOT NULL,
    PRIMARY KEY (surname_key, actor_id)
);
CREATE INDEX actor_surnames_actor ON actor_surnames (actor_id);

-- A key an analyst's merge or split assigned: a surname alone follows it instead of being resolved.
ALTER TABLE actor_keys ADD COLUMN pinned BOOLEAN DEFAULT FALSE NOT NULL;

-- An actor's most recent article versions (its context when a surname fits several people).
CREATE INDEX entity_actors_recent ON entity_actors (actor_id, version_id);
