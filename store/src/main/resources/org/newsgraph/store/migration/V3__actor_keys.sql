-- Blocking keys for cross-article actor linking. An entity links to the actor that its type and
-- normalised name key (letters and digits only, lower case, accents dropped: "Kim Jong-un" and
-- "Kim Jong Un" are both kimjongun) point to here; a key not seen before makes a new actor.
-- An analyst's merge moves a key to another actor and a split gives it one of its own, so the
-- correction holds for entities stored later. Linking reads one row by primary key, never all actors.
CREATE TABLE actor_keys (
    actor_type VARCHAR(32) NOT NULL,
    name_key   VARCHAR(1000) NOT NULL,
    actor_id   BIGINT NOT NULL REFERENCES actors (actor_id),
    PRIMARY KEY (actor_type, name_key)
);
CREATE INDEX actor_keys_actor ON actor_keys (actor_id);
CREATE INDEX actor_keys_key ON actor_keys (name_key);

-- The key an entity was linked by, so that a split can move exactly the entities of one key.
ALTER TABLE entity_actors ADD COLUMN name_key VARCHAR(1000);
CREATE INDEX entity_actors_key ON entity_actors (actor_id, name_key);
